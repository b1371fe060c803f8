// Rows for action items (lib/server/action-items): create, edit, change status. The item's
// team's maintainers may (and admins); members read them; the maintainer is a plain member of
// otherTeam, so that team's items are refused to them. Over the API a team token acts as its
// team's maintainer. The forms post to lib/server/action-items/actions.ts.
import { PATCH as patchItem } from "@/app/api/v1/action-items/[id]/route";
import { POST as postItem } from "@/app/api/v1/action-items/route";
import {
  createActionItemAction,
  setActionItemStatusAction,
  updateActionItemAction,
} from "@/lib/server/action-items/actions";
import { createActionItem } from "@/lib/server/action-items/create-action-item";
import { setActionItemStatus } from "@/lib/server/action-items/set-action-item-status";
import { updateActionItem } from "@/lib/server/action-items/update-action-item";
import { db } from "@/lib/server/db/client";
import { uniq } from "../support/people";
import type { MatrixRow, ServerAction } from "./types";

const WRITERS = ["admin", "maintainer"] as const;
const WRITERS_API = ["admin", "maintainer", "teamToken"] as const;

const item = (teamId: string) =>
  db().actionItem.create({ data: { teamId, title: uniq("Matrix action") }, select: { id: true, title: true } });
const itemState = async (id: string) => ({
  item: await db().actionItem.findUnique({
    where: { id },
    select: { title: true, status: true, wontDoReason: true, completedAt: true, version: true },
  }),
  audit: await db().auditEvent.count({ where: { targetId: id } }),
});
const titled = (title: string) =>
  db().actionItem.findMany({ where: { title }, select: { id: true, teamId: true, ownerId: true } });

function createRow(
  name: string,
  team: "team" | "otherTeam",
  allowed: MatrixRow["allowed"],
  apiAllowed: MatrixRow["apiAllowed"],
): MatrixRow {
  return {
    name,
    action: createActionItem,
    serverAction: createActionItemAction as ServerAction,
    allowed,
    apiAllowed,
    prepare: async (world) => {
      const title = uniq("Matrix new action");
      return { input: { teamId: world[team].id, title, estimateDays: "2" }, state: () => titled(title) };
    },
    api: ({ input }) => ({
      handler: postItem,
      method: "POST",
      path: "/api/v1/action-items",
      params: {},
      body: { teamId: input.teamId, title: input.title, estimateDays: 2 },
    }),
  };
}

export const actionItemRows: MatrixRow[] = [
  createRow("action-items.create", "team", WRITERS, WRITERS_API),
  createRow("action-items.create (in a team where the maintainer is a member)", "otherTeam", ["admin"], ["admin"]),
  {
    name: "action-items.update",
    action: updateActionItem,
    serverAction: updateActionItemAction as ServerAction,
    allowed: WRITERS,
    apiAllowed: WRITERS_API,
    prepare: async (world) => {
      const a = await item(world.team.id);
      return {
        input: { id: a.id, version: "1", title: uniq("Renamed action"), estimateDays: "3" },
        state: () => itemState(a.id),
      };
    },
    api: ({ input }) => ({
      handler: patchItem,
      method: "PATCH",
      path: `/api/v1/action-items/${String(input.id)}`,
      params: { id: String(input.id) },
      body: { version: 1, title: input.title, estimateDays: 3 },
    }),
  },
  {
    name: "action-items.set-status (won't do, with a reason)",
    action: setActionItemStatus,
    serverAction: setActionItemStatusAction as ServerAction,
    allowed: WRITERS,
    apiAllowed: WRITERS_API,
    prepare: async (world) => {
      const a = await item(world.team.id);
      return {
        input: { id: a.id, version: "1", status: "WONT_DO", reason: "Replaced by the new model next quarter." },
        state: () => itemState(a.id),
      };
    },
    api: ({ input }) => ({
      handler: patchItem,
      method: "PATCH",
      path: `/api/v1/action-items/${String(input.id)}`,
      params: { id: String(input.id) },
      body: { version: 1, status: input.status, reason: input.reason },
    }),
  },
  {
    name: "action-items.set-status (done, another team's item)",
    action: setActionItemStatus,
    serverAction: setActionItemStatusAction as ServerAction,
    allowed: ["admin"],
    prepare: async (world) => {
      const a = await item(world.otherTeam.id);
      return { input: { id: a.id, version: "1", status: "DONE" }, state: () => itemState(a.id) };
    },
    api: ({ input }) => ({
      handler: patchItem,
      method: "PATCH",
      path: `/api/v1/action-items/${String(input.id)}`,
      params: { id: String(input.id) },
      body: { version: 1, status: input.status },
    }),
  },
];
