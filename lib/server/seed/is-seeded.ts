// Seeds only ever go into an empty catalogue: the audit trail cannot be deleted (a trigger
// refuses it), so a seed on top of real data could never be cleanly taken back out.
import type { Db, Tx } from "@/lib/server/db/client";

export interface SeedState {
  seeded: boolean;
  teams: number;
  entities: number;
}

export async function seedState(db: Db | Tx): Promise<SeedState> {
  const teams = await db.team.count();
  const entities = await db.entity.count();
  return { seeded: teams > 0 || entities > 0, teams, entities };
}

export async function isSeeded(db: Db | Tx): Promise<boolean> {
  return (await seedState(db)).seeded;
}

export class AlreadySeededError extends Error {
  override name = "AlreadySeededError";
  constructor(state: SeedState) {
    super(
      `The database already holds a catalogue (${state.teams} teams, ${state.entities} entities). ` +
        "Seeds only go into an empty database: the audit trail is append-only, so seeded data cannot be wiped. " +
        "Create a fresh database (createdb …; npm run db:migrate) and point DATABASE_URL at it.",
    );
  }
}

export async function assertNotSeeded(db: Db | Tx): Promise<void> {
  const state = await seedState(db);
  if (state.seeded) throw new AlreadySeededError(state);
}
