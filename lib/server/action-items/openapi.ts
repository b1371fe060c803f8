// The action-item endpoints' part of the OpenAPI document, from the same zod schemas that
// validate the requests. Spread into lib/server/catalog/openapi.ts: paths and schemas.
import "server-only";
import { errorResponses, jsonBody, jsonSchema, okJson, queryParam } from "@/lib/server/api/openapi-parts";
import { createActionItemSchema, patchActionItemSchema } from "@/lib/domain/action-items/schema";

const errors = errorResponses(400, 401, 403, 404, 409);
const idPath = { name: "id", in: "path", required: true, schema: { type: "string" } };

export function actionItemsOpenApi() {
  return {
    paths: {
      "/action-items": {
        get: {
          summary: "List action items (the list page's filters)",
          parameters: [
            queryParam("team", { type: "string", description: "Team slug" }),
            queryParam("owner", { type: "string", description: "User id, me or none" }),
            queryParam("status", { enum: ["active", "open", "in-progress", "done", "wont-do", "all"] }),
            queryParam("overdue", { enum: ["1"] }),
            queryParam("page", { type: "integer", minimum: 1 }),
            queryParam("limit", { type: "integer", minimum: 1, maximum: 200 }),
          ],
          responses: { 200: okJson("{ items, total, page, limit }"), ...errors },
        },
        post: {
          summary: "Create an action item (owner defaults to the caller)",
          requestBody: jsonBody("ActionItemCreate"),
          responses: { 201: okJson("The item"), ...errors },
        },
      },
      "/action-items/{id}": {
        get: {
          summary: "Get an action item (with verification: done work confirmed by an assessment)",
          parameters: [idPath],
          responses: { 200: okJson("The item"), ...errors },
        },
        patch: {
          summary:
            "Edit fields, or change the status (not both); send the version you read (409 if it changed); WONT_DO needs a reason",
          parameters: [idPath],
          requestBody: jsonBody("ActionItemPatch"),
          responses: { 200: okJson("The item"), ...errors },
        },
      },
    },
    schemas: {
      ActionItemCreate: jsonSchema(createActionItemSchema),
      ActionItemPatch: jsonSchema(patchActionItemSchema),
    },
  };
}
