// Fresh bulk-loaded tables have no planner statistics until autovacuum gets round to them, and
// the embedded database (PGlite) has no autovacuum at all. Without statistics the snapshot
// aggregation picks nested loops over tens of thousands of rows and runs for minutes instead of
// a fraction of a second. Inside a transaction ANALYZE also samples the rows it inserted.
import type { Tx } from "@/lib/server/db/client";

const TABLES = [
  "Team",
  "Entity",
  "Relation",
  "UsageEvent",
  "DebtCategory",
  "ChecklistItem",
  "Assessment",
  "Answer",
] as const;

export async function analyzeTables(tx: Tx): Promise<void> {
  for (const table of TABLES) {
    // Table names come from the constant list above, never from input.
    await tx.$executeRawUnsafe(`ANALYZE "${table}"`);
  }
}
