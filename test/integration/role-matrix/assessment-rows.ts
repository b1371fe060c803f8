// Rows for assessments (lib/server/assessments): start a draft, save answers, submit, rebase,
// mark ready for review. permissions.ts: members may keep drafts ("assessment:draft") but not
// submit ("assessment:submit", which changes the team's score); maintainers and admins may both.
// A draft is its author's alone — only they may save, submit, rebase or hand it over — until the
// author marks it ready for review: then those who may submit on the team may also change and
// submit it (the hand-off from a member to the maintainers).
//
// The draft rows have no API cell: drafts live on the checklist page only (a draft belongs to a
// person, so a team token could not keep one). The API submits a whole assessment at once
// (submitCompleteAction, POST /api/v1/entities/{kind}/{name}/assessments), which has no form.
import { POST as postAssessment } from "@/app/api/v1/entities/[kind]/[name]/assessments/route";
import {
  markDraftReadyAction,
  rebaseDraftAction,
  saveAnswersAction,
  startDraftAction,
  submitAssessmentAction,
} from "@/lib/server/assessments/definitions";
import { submitCompleteAction } from "@/lib/server/assessments/submit-complete";
import { liveItems } from "@/lib/server/assessments/live-items";
import { db } from "@/lib/server/db/client";
import { createEntity } from "@/lib/server/seed/factories";
import { createPerson } from "../support/people";
import type { ApiCaller, MatrixRow, World } from "./types";

const DRAFTERS = ["admin", "maintainer", "member"] as const;
const SUBMITTERS = ["admin", "maintainer"] as const;
/** Over the API a team token acts as its team's maintainer. */
const SUBMITTERS_API = ["admin", "maintainer", "teamToken"] as const;

const draftState = async (id: string) => ({
  draft: await db().assessment.findUnique({
    where: { id },
    select: {
      status: true,
      version: true,
      basedOnId: true,
      submittedSeq: true,
      readyForReviewAt: true,
      submittedById: true,
    },
  }),
  answers: await db().answer.findMany({
    where: { assessmentId: id },
    select: { itemId: true, value: true },
    orderBy: { itemId: "asc" },
  }),
  audit: await db().auditEvent.count({ where: { targetId: id } }),
});

/** The caller's own user, or (signed out) someone else: a draft always has an author. */
async function authorFor(world: World, caller: ApiCaller): Promise<string> {
  if (caller === "signedOut" || caller === "teamToken") return (await createPerson({ password: false })).id;
  return world.people[caller].id;
}

/** A fresh model of the team with a draft by `authorId` (written directly: outsiders cannot start one). */
async function draftOf(world: World, authorId: string, readyForReviewAt: Date | null = null) {
  const model = await createEntity(db(), { kind: "MODEL", teamId: world.team.id });
  const draft = await db().assessment.create({
    data: { entityId: model.id, rubric: "DEBT", status: "DRAFT", authorId, readyForReviewAt },
    select: { id: true },
  });
  return { model, draftId: draft.id };
}

/** A draft by another member of the team, handed to the maintainers (ready for review). */
async function readyMemberDraft(world: World) {
  const author = await createPerson({ password: false, teams: [[world.team.id, "MEMBER"]] });
  return draftOf(world, author.id, new Date());
}

async function firstItemId(): Promise<string> {
  const [item] = await liveItems(db(), "DEBT", "MODEL");
  if (!item) throw new Error("No checklist items: world.ts loads the checklist.");
  return item.id;
}

export const assessmentRows: MatrixRow[] = [
  {
    name: "assessments.start-draft",
    action: startDraftAction,
    allowed: DRAFTERS,
    prepare: async (world) => {
      const model = await createEntity(db(), { kind: "MODEL", teamId: world.team.id });
      return {
        input: { entityId: model.id },
        state: () => db().assessment.findMany({ where: { entityId: model.id }, select: { id: true, authorId: true } }),
      };
    },
  },
  {
    name: "assessments.save-answers (own draft)",
    action: saveAnswersAction,
    allowed: DRAFTERS,
    prepare: async (world, caller) => {
      const { draftId } = await draftOf(world, await authorFor(world, caller));
      const changes = JSON.stringify([{ itemId: await firstItemId(), value: "FAIL", note: "matrix" }]);
      return { input: { assessmentId: draftId, version: "1", changes }, state: () => draftState(draftId) };
    },
  },
  {
    // Drafts are personal: nobody, admins included, writes into someone else's.
    name: "assessments.save-answers (someone else's draft)",
    action: saveAnswersAction,
    allowed: [],
    prepare: async (world) => {
      const { draftId } = await draftOf(world, (await createPerson({ password: false })).id);
      const changes = JSON.stringify([{ itemId: await firstItemId(), value: "PASS" }]);
      return { input: { assessmentId: draftId, version: "1", changes }, state: () => draftState(draftId) };
    },
  },
  {
    // Members keep drafts but may not submit: submitting changes the team's score.
    name: "assessments.submit (own draft)",
    action: submitAssessmentAction,
    allowed: SUBMITTERS,
    prepare: async (world, caller) => {
      const { draftId } = await draftOf(world, await authorFor(world, caller));
      return { input: { assessmentId: draftId, version: "1" }, state: () => draftState(draftId) };
    },
  },
  {
    // The hand-off: a member's draft, ready for review, is the team's maintainers' to change.
    name: "assessments.save-answers (a member's draft ready for review)",
    action: saveAnswersAction,
    allowed: SUBMITTERS,
    prepare: async (world) => {
      const { draftId } = await readyMemberDraft(world);
      const changes = JSON.stringify([{ itemId: await firstItemId(), value: "PARTIAL", note: "reviewed" }]);
      return { input: { assessmentId: draftId, version: "1", changes }, state: () => draftState(draftId) };
    },
  },
  {
    name: "assessments.submit (a member's draft ready for review)",
    action: submitAssessmentAction,
    allowed: SUBMITTERS,
    prepare: async (world) => {
      const { draftId } = await readyMemberDraft(world);
      return { input: { assessmentId: draftId, version: "1" }, state: () => draftState(draftId) };
    },
  },
  {
    // Not handed over: nobody but the author submits it, admins included.
    name: "assessments.submit (someone else's draft, not ready for review)",
    action: submitAssessmentAction,
    allowed: [],
    prepare: async (world) => {
      const author = await createPerson({ password: false, teams: [[world.team.id, "MEMBER"]] });
      const { draftId } = await draftOf(world, author.id);
      return { input: { assessmentId: draftId, version: "1" }, state: () => draftState(draftId) };
    },
  },
  {
    name: "assessments.mark-ready-for-review (own draft)",
    action: markDraftReadyAction,
    allowed: DRAFTERS,
    prepare: async (world, caller) => {
      const { draftId } = await draftOf(world, await authorFor(world, caller));
      return { input: { assessmentId: draftId, version: "1", ready: "true" }, state: () => draftState(draftId) };
    },
  },
  {
    // Only the author hands a draft over or takes it back, admins included.
    name: "assessments.mark-ready-for-review (someone else's draft)",
    action: markDraftReadyAction,
    allowed: [],
    prepare: async (world) => {
      const { draftId } = await draftOf(world, (await createPerson({ password: false })).id, new Date());
      return { input: { assessmentId: draftId, version: "1", ready: "false" }, state: () => draftState(draftId) };
    },
  },
  {
    name: "assessments.rebase (own draft)",
    action: rebaseDraftAction,
    allowed: DRAFTERS,
    prepare: async (world, caller) => {
      const { draftId } = await draftOf(world, await authorFor(world, caller));
      return { input: { assessmentId: draftId }, state: () => draftState(draftId) };
    },
  },
  {
    // API only: a script or CI job submits every answer in one request, with no draft between.
    name: "assessments.submit-complete (API)",
    action: submitCompleteAction,
    serverAction: null,
    allowed: SUBMITTERS,
    apiAllowed: SUBMITTERS_API,
    prepare: async (world) => {
      const model = await createEntity(db(), { kind: "MODEL", teamId: world.team.id });
      const [item] = await liveItems(db(), "DEBT", "MODEL");
      return {
        input: { name: model.name, itemKey: item?.key ?? "" },
        state: async () => ({
          assessments: await db().assessment.findMany({
            where: { entityId: model.id },
            select: { id: true, status: true, submittedSeq: true },
          }),
          audit: await db().auditEvent.count({
            where: { action: "assessment.submit", after: { path: ["entityId"], equals: model.id } },
          }),
        }),
      };
    },
    api: ({ input }) => ({
      handler: postAssessment,
      method: "POST",
      path: `/api/v1/entities/models/${String(input.name)}/assessments`,
      params: { kind: "models", name: String(input.name) },
      body: { answers: [{ itemKey: input.itemKey, value: "FAIL", note: "matrix" }], basedOnSeq: null },
    }),
  },
];
