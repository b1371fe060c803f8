// The scorecard, gate and badge endpoints' part of the OpenAPI document. Spread into
// lib/server/catalog/openapi.ts: paths and schemas. All are reads: any valid token (no scope).
import { errorResponses, okJson, pathParam } from "@/lib/server/api/openapi-parts";

const errors = errorResponses(400, 401, 404);
const ok = (description: string, ref?: string) =>
  okJson(description, ref ? { $ref: `#/components/schemas/${ref}` } : undefined);
const svg = {
  description: "A shields-style SVG badge (Cache-Control: public when badges are public, else private)",
  content: { "image/svg+xml": { schema: { type: "string" } } },
};
const kind = {
  name: "kind",
  in: "path",
  required: true,
  schema: { enum: ["models", "features", "data-sources", "consumers"] },
};
const entity = [kind, pathParam("name", "Entity name")];
const badgeType = { name: "type", in: "query", required: false, schema: { enum: ["rating", "gate"] } };
const rating = { enum: ["A", "B", "C", "D", "E", null] };

const gateSchema = {
  type: "object",
  description: "SonarQube's api/qualitygates/project_status shape; ratings are letters.",
  required: ["projectStatus"],
  properties: {
    projectStatus: {
      type: "object",
      required: ["status", "conditions"],
      properties: {
        status: { enum: ["OK", "ERROR", "NONE"], description: "OK: deploy. ERROR: stop. NONE: no target applies." },
        conditions: {
          type: "array",
          items: {
            type: "object",
            properties: {
              status: { enum: ["OK", "ERROR"] },
              metricKey: { const: "debt_rating" },
              comparator: { const: "GT" },
              errorThreshold: { enum: ["A", "B", "C", "D", "E"] },
              actualValue: rating,
            },
          },
        },
        ignoredConditions: { type: "boolean" },
        entity: { type: "object" },
        rating,
        ratio: { type: ["number", "null"] },
        target: rating,
        targetSource: { enum: ["team", "organisation", "none"] },
        reasons: { type: "array", items: { type: "string" } },
        failingSince: { type: ["string", "null"], format: "date-time" },
        lastAssessedAt: { type: ["string", "null"], format: "date-time" },
        why: { type: "string", description: "The page listing the failing items behind the rating" },
      },
    },
  },
};

export function scorecardsOpenApi() {
  return {
    paths: {
      "/scorecard": {
        get: {
          summary:
            "The organisation's scorecard: rating, ratio, principal, coverage, per category, gates, staleness, ML Test Scores",
          responses: { 200: ok("Scorecard"), ...errors },
        },
      },
      "/teams/{slug}/scorecard": {
        get: {
          summary:
            "A team's scorecard, with the entities failing their gate and since when, and its models' ML Test Scores",
          parameters: [pathParam("slug", "Team slug")],
          responses: { 200: ok("Scorecard"), ...errors },
        },
      },
      "/entities/{kind}/{name}/scorecard": {
        get: {
          summary: "An entity's scorecard: rating, per category, gate, staleness, ML Test Score (models)",
          parameters: entity,
          responses: { 200: ok("Scorecard"), ...errors },
        },
      },
      "/entities/{kind}/{name}/gate": {
        get: {
          summary: "The CI gate: does the entity meet its target rating? (SonarQube project_status shape)",
          parameters: entity,
          responses: { 200: ok("Gate", "QualityGate"), ...errors },
        },
      },
      "/qualitygates/project_status": {
        get: {
          summary: "The same gate at SonarQube's path: ?projectKey=model:ctr-v3",
          parameters: [{ name: "projectKey", in: "query", required: true, schema: { type: "string" } }],
          responses: { 200: ok("Gate", "QualityGate"), ...errors },
        },
      },
      "/entities/{kind}/{name}/badge.svg": {
        get: {
          summary:
            "Status badge (SVG): the debt rating, or ?type=gate. No token needed when an admin made badges public",
          parameters: [...entity, badgeType],
          security: [{ bearer: [] }, {}],
          responses: { 200: svg, ...errors },
        },
      },
      "/teams/{slug}/badge.svg": {
        get: {
          summary: "A team's status badge (SVG): its pooled rating, or ?type=gate (how many entities fail)",
          parameters: [pathParam("slug", "Team slug"), badgeType],
          security: [{ bearer: [] }, {}],
          responses: { 200: svg, ...errors },
        },
      },
    },
    schemas: { QualityGate: gateSchema },
  };
}
