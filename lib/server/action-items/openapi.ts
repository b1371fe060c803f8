// The action-item endpoints' part of the OpenAPI document, from the same zod schemas that
// validate the requests. Spread into lib/server/catalog/openapi.ts: paths and schemas.
import "server-only";
import { z } from "zod";
import { createActionItemSchema, patchActionItemSchema } from "@/lib/domain/action-items/schema";

const json = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
const error = {
  description: "Error",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};
const errors = { 400: error, 401: error, 403: error, 404: error, 409: error };
const ok = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const body = (ref: string) => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const idPath = { name: "id", in: "path", required: true, schema: { type: "string" } };
const query = (name: string, schema: object) => ({ name, in: "query", required: false, schema });

export function actionItemsOpenApi() {
  return {
    paths: {
      "/action-items": {
        get: {
          summary: "List action items (the list page's filters)",
          parameters: [
            query("team", { type: "string", description: "Team slug" }),
            query("owner", { type: "string", description: "User id, me or none" }),
            query("status", { enum: ["active", "open", "in-progress", "done", "wont-do", "all"] }),
            query("overdue", { enum: ["1"] }),
            query("page", { type: "integer", minimum: 1 }),
            query("limit", { type: "integer", minimum: 1, maximum: 200 }),
          ],
          responses: { 200: ok("{ items, total, page, limit }"), ...errors },
        },
        post: {
          summary: "Create an action item (owner defaults to the caller)",
          requestBody: body("ActionItemCreate"),
          responses: { 201: ok("The item"), ...errors },
        },
      },
      "/action-items/{id}": {
        get: {
          summary: "Get an action item (with verification: done work confirmed by an assessment)",
          parameters: [idPath],
          responses: { 200: ok("The item"), ...errors },
        },
        patch: {
          summary:
            "Edit fields, or change the status (not both); send the version you read (409 if it changed); WONT_DO needs a reason",
          parameters: [idPath],
          requestBody: body("ActionItemPatch"),
          responses: { 200: ok("The item"), ...errors },
        },
      },
    },
    schemas: { ActionItemCreate: json(createActionItemSchema), ActionItemPatch: json(patchActionItemSchema) },
  };
}
