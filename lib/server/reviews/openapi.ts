// The reviews endpoints' part of the OpenAPI document. Spread into lib/server/catalog/openapi.ts.
import "server-only";
import { errorResponses, okJson, pageParams, pathParam, queryParam } from "@/lib/server/api/openapi-parts";
import { REVIEW_STATUS_PARAMS, REVIEWS_API_MAX_LIMIT } from "./api";

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
          responses: { 200: okJson("{ items, total, page, limit }"), ...errors },
        },
      },
      "/reviews/{id}": {
        get: {
          summary: `One review: agenda sections, baseline, notes and action items (the frozen snapshot once closed). ${teamTokens}`,
          parameters: [id],
          responses: { 200: okJson("The review"), ...errors },
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
    schemas: {} as Record<string, object>,
  };
}
