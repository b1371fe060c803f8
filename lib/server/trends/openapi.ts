// The trends endpoint's part of the OpenAPI document. Spread into lib/server/catalog/openapi.ts.
import "server-only";
import { TREND_GRAINS, TREND_RANGES, DEFAULT_GRAIN, DEFAULT_RANGE } from "@/lib/domain/trends/scope";
import { errorResponses, okJson, queryParam } from "@/lib/server/api/openapi-parts";

const trend = {
  type: "object",
  required: ["scope", "range", "grain", "from", "to", "points", "events"],
  properties: {
    scope: { type: "object", description: '{ kind: "org" } or { kind: "team", team: { slug, name } }' },
    range: { enum: TREND_RANGES },
    grain: { enum: TREND_GRAINS },
    from: { type: "string", format: "date" },
    to: { type: "string", format: "date" },
    points: {
      type: "array",
      description: "One per week or month with a snapshot (the last of the bucket); ratios from pooled sums",
      items: {
        type: "object",
        properties: {
          day: { type: "string", format: "date" },
          bucket: { type: "string", format: "date" },
          ratio: { type: ["number", "null"] },
          rating: { enum: ["A", "B", "C", "D", "E", null] },
          coverage: { type: ["number", "null"] },
          principalDays: { type: "number" },
          entityCount: { type: "integer" },
        },
      },
    },
    events: {
      type: "array",
      description: "Reviews started and closed, large imports, target changes on the timeline",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          kind: { type: "string" },
          at: { type: "string", format: "date-time" },
          title: { type: "string" },
          detail: { type: "string" },
          href: { type: ["string", "null"] },
        },
      },
    },
  },
};

export function trendsOpenApi() {
  return {
    paths: {
      "/trends": {
        get: {
          summary: "Debt ratio, rating, coverage and principal over time with the timeline's events (as /trends)",
          parameters: [
            queryParam("scope", { type: "string", pattern: "^(org|team:.+)$", default: "org" }, "org or team:<slug>"),
            queryParam("range", { enum: TREND_RANGES, default: DEFAULT_RANGE }),
            queryParam("grain", { enum: TREND_GRAINS, default: DEFAULT_GRAIN }),
          ],
          responses: {
            200: okJson("The trend", { $ref: "#/components/schemas/Trend" }),
            ...errorResponses(400, 401, 404),
          },
        },
      },
    },
    schemas: { Trend: trend },
  };
}
