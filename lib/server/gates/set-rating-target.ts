// Change one target rating (admins only): retire the version in force and write the next, in one
// transaction with its audit row. Serialised on an advisory lock so two admins cannot both write
// a "live" version; the form's expectedVersion makes the second of two edits a conflict naming
// who changed it first instead of a silent overwrite. Setting what is already in force writes
// nothing. Entities whose gate the change flips are reported to their teams' webhooks.
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { watchTargetChange } from "@/lib/server/webhooks/gate-events";
import { setTargetSchema } from "./target-input";

export interface SetTargetResult {
  changed: boolean;
  lifecycle: string;
  team: string | null;
  rating: string | null;
  version: number;
}

export const setRatingTarget: ActionDefinition<typeof setTargetSchema, SetTargetResult> = {
  schema: setTargetSchema,
  permission: "org:admin",
  teamOf: async () => null,
  run: (input, { principal }) =>
    db().$transaction(async (tx) => {
      await lockForTransaction(tx, "ratingTargets");
      const team = input.team
        ? await tx.team.findUnique({ where: { slug: input.team }, select: { id: true, slug: true } })
        : null;
      if (input.team && !team) throw new NotFoundError(`Team ${input.team}`);
      const teamId = team?.id ?? null;
      const live = await tx.ratingTarget.findFirst({
        where: { lifecycle: input.lifecycle, teamId, retiredAt: null },
        select: { id: true, rating: true, version: true, createdAt: true, createdBy: { select: { name: true } } },
      });
      const last = await tx.ratingTarget.aggregate({
        where: { lifecycle: input.lifecycle, teamId },
        _max: { version: true },
      });
      // The form names the version it showed in force (0 = none); the next version numbers on
      // from the highest ever written, so an override dropped and set again never reuses one.
      const current = live?.version ?? 0;
      if (input.expectedVersion !== current) {
        throw new ConflictError(
          `This target was changed since you opened it (version ${current} is in force); nothing was saved. Review it and try again.`,
          live?.createdBy?.name ?? null,
          live?.createdAt ?? null,
        );
      }
      const rating = input.rating === "none" || input.rating === "inherit" ? null : input.rating;
      const result = { lifecycle: input.lifecycle, team: team?.slug ?? null, rating };
      const unchanged = input.rating === "inherit" ? !live : live !== null && live.rating === rating;
      if (unchanged) return { ...result, changed: false, version: current };
      const now = new Date();
      const emitGateChanges = await watchTargetChange(tx, { lifecycle: input.lifecycle, teamId });
      if (live) await tx.ratingTarget.update({ where: { id: live.id }, data: { retiredAt: now } });
      // Inheriting writes no version: the retired override and the audit row are the record.
      const version = (last._max.version ?? 0) + 1;
      const created =
        input.rating === "inherit"
          ? null
          : await tx.ratingTarget.create({
              data: {
                lifecycle: input.lifecycle,
                teamId,
                rating,
                version,
                createdAt: now,
                createdById: principal.userId,
              },
              select: { id: true },
            });
      await recordAuditEvent(tx, {
        actor: principal,
        action: "rating-target.set",
        targetType: "RatingTarget",
        targetId: created?.id ?? live?.id ?? null,
        teamId,
        before: live
          ? { lifecycle: input.lifecycle, team: team?.slug ?? null, rating: live.rating, version: live.version }
          : null,
        after:
          input.rating === "inherit"
            ? { lifecycle: input.lifecycle, team: team?.slug ?? null, inherit: true }
            : { lifecycle: input.lifecycle, team: team?.slug ?? null, rating, version },
      });
      await emitGateChanges(now);
      return { ...result, changed: true, version };
    }),
  success: (r) =>
    !r.changed
      ? "Nothing to change."
      : `${r.team ? `${r.team}: ` : ""}${r.lifecycle.toLowerCase()} entities ${r.rating ? `must be ${r.rating} or better` : "have no gate"}.`,
};
