// Pieces the feature parts of the OpenAPI document share (lib/server/<feature>/openapi.ts, spread
// into lib/server/catalog/openapi.ts): error responses, JSON bodies from zod, path and query parameters.
import "server-only";
import { z } from "zod";

export const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });

const error = {
  description: "Error",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};
/** The error answers of the given statuses, in the one error shape. */
export const errorResponses = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, error]));

export const okJson = (description: string, schema: object = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = (ref: string) => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});

export const pathParam = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  schema: { type: "string" },
  description,
});

export const queryParam = (name: string, schema: object, description?: string) => ({
  name,
  in: "query",
  required: false,
  schema,
  ...(description ? { description } : {}),
});

export const pageParams = (maxLimit: number, defaultLimit = 50) => [
  queryParam("page", { type: "integer", minimum: 1, default: 1 }),
  queryParam("limit", { type: "integer", minimum: 1, maximum: maxLimit, default: defaultLimit }),
];
