// Rows for targets and gates (/settings/gates, "org:admin"): organisation admins only; a team's
// maintainers may not set their own team's target.
//
// No API rows: targets are changed on the settings page only (the API reads gates, it does not
// set them). Each attempt sets an override on a team of its own, so attempts never see each
// other's versions.
import { setRatingTarget } from "@/lib/server/gates/set-rating-target";
import { PUBLIC_BADGES_SETTING, setPublicBadges } from "@/lib/server/gates/public-badges";
import { db } from "@/lib/server/db/client";
import { createTeam } from "@/lib/server/seed/factories";
import type { MatrixRow } from "./types";

export const gatesRows: MatrixRow[] = [
  {
    name: "gates.set-rating-target (a team's override)",
    action: setRatingTarget,
    allowed: ["admin"],
    prepare: async () => {
      const team = await createTeam(db());
      return {
        input: { lifecycle: "PRODUCTION", team: team.slug, rating: "B", expectedVersion: "0" },
        state: () =>
          db().ratingTarget.findMany({ where: { teamId: team.id }, select: { rating: true, version: true } }),
      };
    },
  },
  {
    // Each attempt asks for the opposite of the value in force (an allowed one must change it).
    name: "gates.set-public-badges",
    action: setPublicBadges,
    allowed: ["admin"],
    prepare: async () => {
      const current = (await db().setting.findUnique({ where: { key: PUBLIC_BADGES_SETTING } }))?.value === true;
      return {
        input: { enabled: current ? "false" : "true" },
        state: () => db().setting.findUnique({ where: { key: PUBLIC_BADGES_SETTING }, select: { value: true } }),
      };
    },
  },
];
