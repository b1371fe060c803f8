// The findings endpoints' part of the OpenAPI document: the list (the /findings page's filters),
// one finding, and triage (accept with a justification, reopen), whose body comes from the zod
// schema that validates it. Spread into lib/server/catalog/openapi.ts.
import "server-only";
import { SIGNAL_KINDS } from "@/lib/domain/graph";
import {
  errorResponses,
  jsonBody,
  jsonSchema,
  okJson,
  pageParams,
  pathParam,
  queryParam,
} from "@/lib/server/api/openapi-parts";
import { FINDING_KIND_PARAMS, FINDING_STATUS_PARAMS, FINDINGS_API_MAX_LIMIT } from "./api";
import { acceptFindingBody, reopenFindingBody } from "./triage";

const time = { type: "string", format: "date-time" };
const maybeTime = { type: ["string", "null"], format: "date-time" };
const member = {
  type: "object",
  properties: {
    kind: { type: "string" },
    name: { type: "string" },
    archived: { type: "boolean" },
    team: { type: ["string", "null"] },
    href: { type: "string" },
  },
};
const finding = {
  type: "object",
  required: ["id", "kind", "title", "status", "evidence", "firstSeenAt", "lastSeenAt", "members"],
  properties: {
    id: { type: "string" },
    kind: { enum: SIGNAL_KINDS },
    kindParam: { enum: FINDING_KIND_PARAMS },
    title: { type: "string" },
    status: { enum: ["OPEN", "ACCEPTED", "RESOLVED"] },
    category: { type: ["object", "null"], properties: { key: { type: "string" }, name: { type: "string" } } },
    team: { type: ["string", "null"], description: "Slug of the team the finding is filed under" },
    evidence: { type: "object", description: "The cause: the path, the cycle, the usage counts (per kind)" },
    justification: { type: ["string", "null"] },
    acceptedBy: { type: ["string", "null"] },
    acceptedAt: maybeTime,
    firstSeenAt: time,
    lastSeenAt: time,
    resolvedAt: maybeTime,
    members: { type: "array", items: member, description: "In path or cycle order (the list: the first 12)" },
    memberCount: { type: "integer" },
    history: {
      type: "array",
      description: "One finding only: accepts and reopens from the audit trail",
      items: {
        type: "object",
        properties: {
          action: { enum: ["signal.accept", "signal.reopen"] },
          at: time,
          by: { type: ["string", "null"] },
          justification: { type: ["string", "null"], description: "Why it was accepted, or reopened" },
        },
      },
    },
    prefills: { type: "array", description: "One finding only: checklist items it pre-answers as fail in a new draft" },
    actionItems: { type: "array", description: "One finding only: action items made from it" },
  },
};
const errors = errorResponses(400, 401, 403, 404);
const triageErrors = errorResponses(400, 401, 403, 404, 409);

export function findingsOpenApi() {
  return {
    paths: {
      "/findings": {
        get: {
          summary: "List findings with the /findings page's filters (no team: the caller's teams, else every team)",
          parameters: [
            queryParam("kind", { enum: FINDING_KIND_PARAMS }),
            queryParam("team", { type: "string" }, "A team slug, mine, all or none (findings no team owns)"),
            queryParam("status", { enum: FINDING_STATUS_PARAMS, default: "open" }),
            ...pageParams(FINDINGS_API_MAX_LIMIT),
          ],
          responses: {
            200: okJson("{ items, total, page, limit, filters, countsByKind }", {
              type: "object",
              properties: {
                items: { type: "array", items: { $ref: "#/components/schemas/Finding" } },
                total: { type: "integer" },
                page: { type: "integer" },
                limit: { type: "integer" },
                filters: { type: "object" },
                countsByKind: { type: "object", additionalProperties: { type: "integer" } },
              },
            }),
            ...errors,
          },
        },
      },
      "/findings/{id}": {
        get: {
          summary: "One finding: its cause, every member, lifecycle and history, pre-filled items, action items",
          parameters: [pathParam("id", "Finding id")],
          responses: { 200: okJson("The finding", { $ref: "#/components/schemas/Finding" }), ...errors },
        },
      },
      "/findings/{id}/accept": {
        post: {
          summary:
            "Accept an open finding with a justification (scope signal:triage; the finding's team's maintainers, admins)",
          parameters: [pathParam("id", "Finding id")],
          requestBody: jsonBody("FindingAccept"),
          responses: { 200: okJson("The finding", { $ref: "#/components/schemas/Finding" }), ...triageErrors },
        },
      },
      "/findings/{id}/reopen": {
        post: {
          summary:
            "Reopen an accepted finding, saying why (scope signal:triage; the finding's team's maintainers, admins)",
          parameters: [pathParam("id", "Finding id")],
          requestBody: jsonBody("FindingReopen"),
          responses: { 200: okJson("The finding", { $ref: "#/components/schemas/Finding" }), ...triageErrors },
        },
      },
    },
    schemas: {
      Finding: finding,
      FindingAccept: jsonSchema(acceptFindingBody),
      FindingReopen: jsonSchema(reopenFindingBody),
    },
  };
}
