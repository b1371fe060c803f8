// The OpenAPI 3.1 document for the catalogue API, generated from the same zod schemas that
// validate the requests (z.toJSONSchema), so the document cannot drift from the checks.
import "server-only";
import type { z } from "zod";
import { actionItemsOpenApi } from "@/lib/server/action-items/openapi";
import { scorecardsOpenApi } from "@/lib/server/scorecards/openapi";
import { findingsOpenApi } from "@/lib/server/findings/openapi";
import { reviewsOpenApi } from "@/lib/server/reviews/openapi";
import { trendsOpenApi } from "@/lib/server/trends/openapi";
import { submitCompleteSchema } from "@/lib/server/assessments/submit-complete";
import { ENTITY_ASSESSMENTS_MAX } from "@/lib/server/assessments/list-entity-assessments";
import { entityArchiveSchema, entityDraftSchema, entityUpdateSchema } from "./entity-input";
import { importInputSchema } from "./import-catalog";
import { listEntitiesQuery } from "./list-entities-api";
import { listRelationsQuery } from "./list-relations-api";
import { usageInputSchema } from "./record-usage";
import { errorResponses, jsonBody, jsonSchema, okJson } from "@/lib/server/api/openapi-parts";
import { runEventSchema } from "@/lib/domain/openlineage/run-event";
import { relationInputSchema } from "./relation-input";
import { teamCreateSchema, teamUpdateSchema } from "@/lib/server/teams/team-input";

function queryParams(schema: z.ZodObject) {
  const s = jsonSchema(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: s.required?.includes(name) ?? false,
    schema,
  }));
}

const errors = errorResponses(400, 401, 403, 404, 409, 413, 503);
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
          responses: { 200: okJson("{ items }"), ...errors },
        },
        post: {
          summary: "Create a team (admins)",
          requestBody: jsonBody("TeamCreate"),
          responses: { 201: okJson("Created"), ...errors },
        },
      },
      "/teams/{slug}": {
        get: { summary: "Get a team", parameters: [teamPath], responses: { 200: okJson("The team"), ...errors } },
        put: {
          summary: "Rename / re-describe a team",
          parameters: [teamPath],
          requestBody: jsonBody("TeamUpdate"),
          responses: { 200: okJson("Updated"), ...errors },
        },
        delete: {
          summary: "Archive a team (admins); restore=true restores",
          parameters: [teamPath, { name: "restore", in: "query", schema: { type: "boolean" } }],
          responses: { 200: okJson("Archived"), ...errors },
        },
      },
      "/entities": {
        get: {
          summary: "List entities (cursor pagination)",
          parameters: queryParams(listEntitiesQuery),
          responses: { 200: okJson("A page: { items, nextCursor }"), ...errors },
        },
        post: {
          summary: "Create an entity",
          requestBody: jsonBody("EntityCreate"),
          responses: { 201: okJson("Created"), ...errors },
        },
      },
      "/entities/{kind}/{name}": {
        get: { summary: "Get an entity", parameters: entityPath, responses: { 200: okJson("The entity"), ...errors } },
        put: {
          summary: "Update an entity (send the version you read; 409 if it changed)",
          parameters: entityPath,
          requestBody: jsonBody("EntityUpdate"),
          responses: { 200: okJson("Updated"), ...errors },
        },
        delete: {
          summary: "Archive an entity (never deletes); restore=true restores",
          parameters: [
            ...entityPath,
            { name: "version", in: "query", required: true, schema: { type: "integer" } },
            { name: "restore", in: "query", required: false, schema: { type: "boolean" } },
          ],
          responses: { 200: okJson("Archived"), ...errors },
        },
      },
      "/entities/{kind}/{name}/assessments": {
        get: {
          summary:
            "List the entity's submitted assessments (newest first), latestSeq and the checklist items asked now",
          parameters: [
            ...entityPath,
            { name: "rubric", in: "query", schema: { enum: ["DEBT", "ML_TEST_SCORE"] } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: ENTITY_ASSESSMENTS_MAX } },
          ],
          responses: { 200: okJson("{ entity, rubric, latestSeq, assessments, items }"), ...errors },
        },
        post: {
          summary:
            "Submit a whole assessment at once (409 when someone submitted since basedOnSeq, or won a concurrent submit)",
          parameters: entityPath,
          requestBody: jsonBody("AssessmentSubmit"),
          responses: { 201: okJson("{ assessmentId, submittedSeq, sums, … }"), ...errors },
        },
      },
      "/relations": {
        get: {
          summary: "List relations",
          parameters: queryParams(listRelationsQuery),
          responses: { 200: okJson("A page: { items, nextCursor }"), ...errors },
        },
        post: {
          summary: "Declare a relation (from feeds to)",
          requestBody: jsonBody("Relation"),
          responses: { 201: okJson("Created"), ...errors },
        },
        delete: {
          summary: "Archive a relation",
          requestBody: jsonBody("Relation"),
          responses: { 200: okJson("Archived"), ...errors },
        },
      },
      "/catalog/import": {
        post: {
          summary: "Import catalogue-as-code YAML (all or nothing; dryRun to preview)",
          requestBody: jsonBody("Import"),
          responses: { 200: okJson("The import report"), ...errors },
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
          requestBody: jsonBody("Usage"),
          responses: { 201: okJson("Recorded"), ...errors },
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
          responses: { 200: okJson("{ events, counts, changes, skipped }"), ...errors },
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
        TeamCreate: jsonSchema(teamCreateSchema),
        TeamUpdate: jsonSchema(teamUpdateSchema.omit({ slug: true })),
        EntityCreate: jsonSchema(entityDraftSchema),
        EntityUpdate: jsonSchema(entityUpdateSchema),
        EntityArchive: jsonSchema(entityArchiveSchema),
        Relation: jsonSchema(relationInputSchema),
        Import: jsonSchema(importInputSchema),
        Usage: jsonSchema(usageInputSchema),
        OpenLineageRunEvent: jsonSchema(runEventSchema),
        AssessmentSubmit: jsonSchema(submitCompleteSchema.omit({ kind: true, name: true })),
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
