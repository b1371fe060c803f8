// GET  /api/v1/entities/{kind}/{name}/assessments?rubric=DEBT&limit=   submitted assessments, newest
//      first, with latestSeq and the checklist items asked now (their keys are what POST takes)
// POST /api/v1/entities/{kind}/{name}/assessments
//      { answers: [{ itemKey | itemId, value: PASS|PARTIAL|FAIL|NA, note?, evidenceUrl? }], basedOnSeq?, rubric? }
//      submits a whole assessment at once (201). 409 when someone submitted since basedOnSeq, or
//      won a concurrent submit on the same predecessor. Needs assessment:submit on the entity's team.
import { NextResponse } from "next/server";
import { z } from "zod";
import { RUBRICS } from "@/lib/domain/kinds";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { apiRoute, parseOrThrow, readJson } from "@/lib/server/api/api-route";
import { entityKeyOf } from "@/lib/server/api/entity-key";
import { listEntityAssessmentsApi, submitCompleteAction } from "@/lib/server/assessments/submit-complete";
import { ENTITY_ASSESSMENTS_MAX } from "@/lib/server/assessments/list-entity-assessments";
import { db } from "@/lib/server/db/client";

type Context = RouteContext<"/api/v1/entities/[kind]/[name]/assessments">;

const listQuery = z.object({
  rubric: z.enum(RUBRICS).default("DEBT"),
  limit: z.coerce.number().int().min(1).max(ENTITY_ASSESSMENTS_MAX).default(50),
});

export const GET = apiRoute<Context>(async (request, context) => {
  const k = entityKeyOf(await context.params);
  const query = parseOrThrow(listQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listEntityAssessmentsApi(db(), k.kind, k.name, query.rubric, query.limit));
});

export const POST = apiRoute<Context>(async (request, context, principal) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  const result = await runAuthorized(
    submitCompleteAction,
    { ...body, ...entityKeyOf(await context.params) },
    principal,
  );
  return NextResponse.json(result, { status: 201 });
});
