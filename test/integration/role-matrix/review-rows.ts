// Rows for planning-meeting reviews (lib/server/reviews): start, note, close, reopen. permissions.ts:
// maintainers of the team (and admins) run a team's review ("review:run"); an organisation-wide
// review is for admins; members may add notes and decisions ("review:note").
//
// No API rows: /api/v1 has no review endpoints (a review is run in the meeting, on its pages).
import { db } from "@/lib/server/db/client";
import { addReviewNote } from "@/lib/server/reviews/add-review-note";
import { closeReview } from "@/lib/server/reviews/close-review";
import { reopenReview } from "@/lib/server/reviews/reopen-review";
import { startReview } from "@/lib/server/reviews/start-review";
import { uniq } from "../support/people";
import type { MatrixRow } from "./types";

const RUNNERS = ["admin", "maintainer"] as const;

const startedState = (title: string) => async () => ({
  reviews: await db().review.findMany({ where: { title }, select: { teamId: true, status: true } }),
  audit: await db().auditEvent.count({ where: { action: "review.start", after: { path: ["title"], equals: title } } }),
});

async function openReview(teamId: string | null) {
  const now = new Date();
  return db().review.create({
    data: {
      teamId,
      title: uniq("Matrix review"),
      periodStart: new Date(now.getTime() - 30 * 86_400_000),
      periodEnd: now,
    },
    select: { id: true, version: true },
  });
}

const reviewState = (id: string) => async () => ({
  review: await db().review.findUnique({
    where: { id },
    select: { status: true, version: true, closedAt: true, snapshot: true },
  }),
  notes: await db().reviewNote.findMany({ where: { reviewId: id }, select: { section: true, kind: true, body: true } }),
  audit: await db().auditEvent.count({ where: { targetId: id } }),
});

export const reviewRows: MatrixRow[] = [
  {
    name: "reviews.start (a team)",
    action: startReview,
    allowed: RUNNERS,
    prepare: async (world) => {
      const title = uniq("Matrix team review");
      return { input: { teamId: world.team.id, title, periodStart: "" }, state: startedState(title) };
    },
  },
  {
    name: "reviews.start (the whole organisation)",
    action: startReview,
    allowed: ["admin"],
    prepare: async () => {
      const title = uniq("Matrix org review");
      return { input: { teamId: "", title, periodStart: "" }, state: startedState(title) };
    },
  },
  {
    name: "reviews.add-note",
    action: addReviewNote,
    allowed: ["admin", "maintainer", "member"],
    prepare: async (world) => {
      const r = await openReview(world.team.id);
      return {
        input: { reviewId: r.id, section: "scores", kind: "DECISION", body: "Pay down the cascade first." },
        state: reviewState(r.id),
      };
    },
  },
  {
    name: "reviews.close",
    action: closeReview,
    allowed: RUNNERS,
    prepare: async (world) => {
      const r = await openReview(world.team.id);
      return { input: { reviewId: r.id, version: String(r.version) }, state: reviewState(r.id) };
    },
  },
  {
    name: "reviews.reopen",
    action: reopenReview,
    allowed: RUNNERS,
    prepare: async (world) => {
      const r = await openReview(world.team.id);
      const admin = await db().user.findUniqueOrThrow({
        where: { id: world.people.admin.id },
        select: { id: true, name: true },
      });
      // Closed for real (a snapshot written by closeReview), the last review of its scope.
      await closeReview.run(
        { reviewId: r.id, version: r.version },
        { userId: admin.id, name: admin.name, orgRole: "ADMIN", teamRoles: {} },
      );
      return { input: { reviewId: r.id, version: String(r.version + 1) }, state: reviewState(r.id) };
    },
  },
];
