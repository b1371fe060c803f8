// The request gate's check (lib/server/http/page-subject-exists.ts): a page naming a team,
// entity, review or action item that does not exist is a 404, as is an unknown entity kind or
// the ML Test Score of anything but a model; other paths are not its business.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { pageSubjectExists } from "@/lib/server/http/page-subject-exists";
import { createEntity } from "@/lib/server/seed/factories";
import { createTeam } from "./support/people";

let paths: Record<string, string> = {};

beforeAll(async () => {
  const team = await createTeam();
  const model = await createEntity(db(), { kind: "MODEL", teamId: team.id });
  const feature = await createEntity(db(), { kind: "FEATURE", teamId: team.id });
  const review = await db().review.create({
    data: {
      teamId: team.id,
      title: "Gate test",
      periodStart: new Date(Date.now() - 86_400_000),
      periodEnd: new Date(),
    },
    select: { id: true },
  });
  const item = await db().actionItem.create({ data: { teamId: team.id, title: "Gate test" }, select: { id: true } });
  paths = { team: team.slug, model: model.name, feature: feature.name, review: review.id, item: item.id };
});

describe("pageSubjectExists", () => {
  const cases: [string, (p: Record<string, string>) => string, boolean][] = [
    ["a team", (p) => `/teams/${p.team}`, true],
    ["a team's graph", (p) => `/teams/${p.team}/graph`, true],
    ["an unknown team", () => "/teams/no-such-team", false],
    ["a new team form", () => "/teams/new", true],
    ["a model", (p) => `/catalog/models/${p.model}`, true],
    ["a model's ML Test Score", (p) => `/catalog/models/${p.model}/assess/ml-test-score`, true],
    ["a feature's checklist", (p) => `/catalog/features/${p.feature}/assess`, true],
    ["a feature's ML Test Score", (p) => `/catalog/features/${p.feature}/assess/ml-test-score`, false],
    ["an unknown model", () => "/catalog/models/no-such-model", false],
    ["an unknown kind", () => "/catalog/no-such-kind/x", false],
    ["an unknown kind, deeper", () => "/catalog/no-such-kind/x/lineage", false],
    ["the import page", () => "/catalog/import", true],
    ["a review", (p) => `/review/${p.review}`, true],
    ["a review's presenter", (p) => `/review/${p.review}/present`, true],
    ["an unknown review", () => "/review/no-such-review", false],
    ["an unknown review's print view", () => "/review/no-such-review/print", false],
    ["the review list", () => "/review", true],
    ["an action item", (p) => `/action-items/${p.item}`, true],
    ["an action item's editor", (p) => `/action-items/${p.item}/edit`, true],
    ["an unknown action item", () => "/action-items/no-such-item", false],
    ["a new action item", () => "/action-items/new", true],
    ["the action items export", () => "/action-items/export", true],
    ["the overview", () => "/", true],
  ];
  it.each(cases)("%s", async (_name, path, exists) => {
    expect(await pageSubjectExists(path(paths))).toBe(exists);
  });
});
