// The OpenAPI 3.1 document for the catalogue API, generated from the same zod schemas that
// validate the requests (z.toJSONSchema), so the document cannot drift from the checks.
import "server-only";
import { z } from "zod";
import { actionItemsOpenApi } from "@/lib/server/action-items/openapi";
import { scorecardsOpenApi } from "@/lib/server/scorecards/openapi";
import { findingsOpenApi } from "@/lib/server/findings/openapi";
import { reviewsOpenApi } from "@/lib/server/reviews/openapi";
import { trendsOpenApi } from "@/lib/server/trends/openapi";
import { submitCompleteSchema } from "@/lib/server/assessments/submit-complete";
import { entityArchiveSchema, entityDraftSchema, entityUpdateSchema } from "./entity-input";
import { importInputSchema } from "./import-catalog";
import { listEntitiesQuery } from "./list-entities-api";
import { listRelationsQuery } from "./list-relations-api";
import { usageInputSchema } from "./record-usage";
import { runEventSchema } from "@/lib/domain/openlineage/run-event";
import { relationInputSchema } from "./relation-input";
import { teamCreateSchema, teamUpdateSchema } from "@/lib/server/teams/team-input";

const json = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });

function queryParams(schema: z.ZodObject) {
  const s = json(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: s.required?.includes(name) ?? false,
    schema,
  }));
}

const errorResponse = {
  description: "Error",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};
const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  413: errorResponse,
  503: errorResponse,
};
const body = (ref: string) => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const ok = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const teamPath = { name: "slug", in: "path", required: true, schema: { type: "string" } };
const entityPath = [
  { name: "kind", in: "path", required: true, schema: { enum: ["models", "features", "data-sources", "consumers"] } },
  { name: "name", in: "path", required: true, schema: { type: "string" } },
];

export function catalogOpenApi() {
  const actionItems = actionItemsOpenApi();
  const scorecards = scorecardsOpenApi();
  const findings = findingsOpenApi();
  const trends = trendsOpenApi();
  const reviews = reviewsOpenApi();
  return {
    openapi: "3.1.0",
    info: {
      title: "debtboard catalogue API",
      version: "1",
      description: "Authenticate with `Authorization: Bearer <token>`. Errors: { error: { code, message, details } }.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    paths: {
      "/teams": {
        get: {
          summary: "List teams",
          parameters: [{ name: "archived", in: "query", schema: { enum: ["true", "false"] } }],
          responses: { 200: ok("{ items }"), ...errors },
        },
        post: {
          summary: "Create a team (admins)",
          requestBody: body("TeamCreate"),
          responses: { 201: ok("Created"), ...errors },
        },
      },
      "/teams/{slug}": {
        get: { summary: "Get a team", parameters: [teamPath], responses: { 200: ok("The team"), ...errors } },
        put: {
          summary: "Rename / re-describe a team",
          parameters: [teamPath],
          requestBody: body("TeamUpdate"),
          responses: { 200: ok("Updated"), ...errors },
        },
        delete: {
          summary: "Archive a team (admins); restore=true restores",
          parameters: [teamPath, { name: "restore", in: "query", schema: { type: "boolean" } }],
          responses: { 200: ok("Archived"), ...errors },
        },
      },
      "/entities": {
        get: {
          summary: "List entities (cursor pagination)",
          parameters: queryParams(listEntitiesQuery),
          responses: { 200: ok("A page: { items, nextCursor }"), ...errors },
        },
        post: {
          summary: "Create an entity",
          requestBody: body("EntityCreate"),
          responses: { 201: ok("Created"), ...errors },
        },
      },
      "/entities/{kind}/{name}": {
        get: { summary: "Get an entity", parameters: entityPath, responses: { 200: ok("The entity"), ...errors } },
        put: {
          summary: "Update an entity (send the version you read; 409 if it changed)",
          parameters: entityPath,
          requestBody: body("EntityUpdate"),
          responses: { 200: ok("Updated"), ...errors },
        },
        delete: {
          summary: "Archive an entity (never deletes); restore=true restores",
          parameters: [
            ...entityPath,
            { name: "version", in: "query", required: true, schema: { type: "integer" } },
            { name: "restore", in: "query", required: false, schema: { type: "boolean" } },
          ],
          responses: { 200: ok("Archived"), ...errors },
        },
      },
      "/entities/{kind}/{name}/assessments": {
        get: {
          summary:
            "List the entity's submitted assessments (newest first), latestSeq and the checklist items asked now",
          parameters: [
            ...entityPath,
            { name: "rubric", in: "query", schema: { enum: ["DEBT", "ML_TEST_SCORE"] } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500 } },
          ],
          responses: { 200: ok("{ entity, rubric, latestSeq, assessments, items }"), ...errors },
        },
        post: {
          summary:
            "Submit a whole assessment at once (409 when someone submitted since basedOnSeq, or won a concurrent submit)",
          parameters: entityPath,
          requestBody: body("AssessmentSubmit"),
          responses: { 201: ok("{ assessmentId, submittedSeq, sums, … }"), ...errors },
        },
      },
      "/relations": {
        get: {
          summary: "List relations",
          parameters: queryParams(listRelationsQuery),
          responses: { 200: ok("A page: { items, nextCursor }"), ...errors },
        },
        post: {
          summary: "Declare a relation (from feeds to)",
          requestBody: body("Relation"),
          responses: { 201: ok("Created"), ...errors },
        },
        delete: {
          summary: "Archive a relation",
          requestBody: body("Relation"),
          responses: { 200: ok("Archived"), ...errors },
        },
      },
      "/catalog/import": {
        post: {
          summary: "Import catalogue-as-code YAML (all or nothing; dryRun to preview)",
          requestBody: body("Import"),
          responses: { 200: ok("The import report"), ...errors },
        },
      },
      "/catalog/export": {
        get: {
          summary: "Export the catalogue or a team's part",
          parameters: [
            { name: "format", in: "query", schema: { enum: ["yaml", "csv"] } },
            { name: "team", in: "query", schema: { type: "string" } },
          ],
          responses: {
            200: { description: "YAML or CSV", content: { "application/yaml": {}, "text/csv": {} } },
            ...errors,
          },
        },
      },
      "/usage": {
        post: {
          summary: "Record observed usage of model outputs",
          requestBody: body("Usage"),
          responses: { 201: ok("Recorded"), ...errors },
        },
      },
      "/lineage": {
        post: {
          summary: "Record OpenLineage RunEvents (spec 2-0-x; one event, or a JSON list of them)",
          description:
            "Jobs become consumers, output datasets data sources, inputs in a models namespace model links; " +
            "all OBSERVED with a last-seen time. The report lists what was created, updated, unchanged and " +
            "skipped (with reasons). Needs catalog:write.",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    { $ref: "#/components/schemas/OpenLineageRunEvent" },
                    { type: "array", items: { $ref: "#/components/schemas/OpenLineageRunEvent" }, maxItems: 500 },
                  ],
                },
              },
            },
          },
          responses: { 200: ok("{ events, counts, changes, skipped }"), ...errors },
        },
      },
      ...actionItems.paths,
      ...scorecards.paths,
      ...findings.paths,
      ...trends.paths,
      ...reviews.paths,
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        TeamCreate: json(teamCreateSchema),
        TeamUpdate: json(teamUpdateSchema.omit({ slug: true })),
        EntityCreate: json(entityDraftSchema),
        EntityUpdate: json(entityUpdateSchema),
        EntityArchive: json(entityArchiveSchema),
        Relation: json(relationInputSchema),
        Import: json(importInputSchema),
        Usage: json(usageInputSchema),
        OpenLineageRunEvent: json(runEventSchema),
        AssessmentSubmit: json(submitCompleteSchema.omit({ kind: true, name: true })),
        ...actionItems.schemas,
        ...scorecards.schemas,
        ...findings.schemas,
        ...trends.schemas,
        ...reviews.schemas,
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: {
                  enum: [
                    "invalid",
                    "unauthenticated",
                    "forbidden",
                    "not_found",
                    "conflict",
                    "too_large",
                    "unavailable",
                    "internal",
                  ],
                },
                message: { type: "string" },
                details: {},
              },
            },
          },
        },
      },
    },
  };
}
