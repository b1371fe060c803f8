// The reviews endpoints' part of the OpenAPI document. Spread into lib/server/catalog/openapi.ts.
import "server-only";
import { errorResponses, okJson, pageParams, pathParam, queryParam } from "@/lib/server/api/openapi-parts";
import { REVIEW_STATUS_PARAMS, REVIEWS_API_MAX_LIMIT } from "./api";

const time = { type: "string", format: "date-time" };
const maybeTime = { type: ["string", "null"], format: "date-time" };
const links = {
  type: "object",
  properties: { page: { type: "string" }, markdown: { type: "string", description: "This API's Markdown report" } },
};
/** What a review in the list and one review both say about it. */
const common = {
  id: { type: "string" },
  title: { type: "string" },
  status: { enum: ["OPEN", "CLOSED"] },
  periodStart: time,
  periodEnd: time,
  startedAt: time,
  startedBy: { type: ["string", "null"] },
  closedAt: maybeTime,
  links,
};
const summary = {
  type: "object",
  required: ["id", "title", "status", "team", "periodStart", "periodEnd", "startedAt"],
  properties: {
    ...common,
    team: { type: ["string", "null"], description: "Team slug; null: organisation-wide" },
    actionItems: { type: "integer", description: "Action items created in the review" },
  },
};
const review = {
  type: "object",
  required: ["id", "title", "status", "team", "sections", "notes", "actionItems"],
  properties: {
    ...common,
    teamId: { type: ["string", "null"] },
    team: { type: ["object", "null"], properties: { slug: { type: "string" }, name: { type: "string" } } },
    closedBy: { type: ["string", "null"] },
    version: { type: "integer" },
    baseline: { type: ["object", "null"], description: "What the agenda compares against" },
    sections: {
      type: "array",
      description: "The agenda: score changes, new and resolved findings, items that got worse, stale, hotspots, …",
      items: { type: "object" },
    },
    notes: { type: "array", items: { type: "object" } },
    actionItems: { type: "array", items: { type: "object" } },
    legacy: { type: ["array", "null"], description: "Section titles of an agenda stored in an older shape" },
  },
};
const teamTokens = "A team token reads its own team's reviews only (else 403).";
const errors = errorResponses(400, 401, 403, 404);
const id = pathParam("id", "Review id");

export function reviewsOpenApi() {
  return {
    paths: {
      "/reviews": {
        get: {
          summary: `List planning reviews, open ones first then newest. ${teamTokens}`,
          parameters: [
            queryParam("team", { type: "string" }, "A team slug, or organisation for organisation-wide reviews"),
            queryParam("status", { enum: REVIEW_STATUS_PARAMS, default: "all" }),
            ...pageParams(REVIEWS_API_MAX_LIMIT),
          ],
          responses: {
            200: okJson("{ items, total, page, limit }", {
              type: "object",
              properties: {
                items: { type: "array", items: { $ref: "#/components/schemas/ReviewSummary" } },
                total: { type: "integer" },
                page: { type: "integer" },
                limit: { type: "integer" },
              },
            }),
            ...errors,
          },
        },
      },
      "/reviews/{id}": {
        get: {
          summary: `One review: agenda sections, baseline, notes and action items (the frozen snapshot once closed). ${teamTokens}`,
          parameters: [id],
          responses: { 200: okJson("The review", { $ref: "#/components/schemas/Review" }), ...errors },
        },
      },
      "/reviews/{id}/markdown": {
        get: {
          summary: `The review's Markdown report, as the page exports it. ${teamTokens}`,
          parameters: [id],
          responses: {
            200: { description: "Markdown", content: { "text/markdown": { schema: { type: "string" } } } },
            ...errors,
          },
        },
      },
    },
    schemas: { ReviewSummary: summary, Review: review },
  };
}
