// The demo organisation's gates: production models must be B or better (tightened from C three
// months ago, so the trends show a target change), experimental ones D or better.
import type { Tx } from "@/lib/server/db/client";

const DAY = 86_400_000;

export async function writeDemoTargets(tx: Tx, options: { adminId: string; now: Date }): Promise<void> {
  const at = (daysAgo: number) => new Date(options.now.getTime() - daysAgo * DAY);
  await tx.ratingTarget.createMany({
    data: [
      {
        lifecycle: "PRODUCTION",
        rating: "C",
        version: 1,
        createdAt: at(200),
        retiredAt: at(90),
        createdById: options.adminId,
      },
      { lifecycle: "PRODUCTION", rating: "B", version: 2, createdAt: at(90), createdById: options.adminId },
      { lifecycle: "EXPERIMENTAL", rating: "D", version: 1, createdAt: at(200), createdById: options.adminId },
    ],
  });
}
