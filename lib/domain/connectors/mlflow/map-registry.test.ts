import { describe, expect, it } from "vitest";
import type { EntityDraft } from "@/lib/domain/catalog-yaml/fields";
import { CODE_RECORDED, DATA_COMMIT_TAG, GIT_COMMIT_TAG } from "./evidence";
import {
  mapRegistry,
  modelDraft,
  referenceVersion,
  teamOf,
  type MlflowMapping,
  type ModelSnapshot,
} from "./map-registry";
import { modelVersionSchema, registeredModelSchema, runSchema } from "./rest";

const BASE = "http://mlflow.test:5000";
const mapping: MlflowMapping = {
  trackingUrl: BASE,
  teamTags: ["debtboard.team", "team"],
  defaultTeam: null,
  productionAliases: ["production", "champion"],
};
const model = (over: object = {}) => registeredModelSchema.parse({ name: "CTR Model", ...over });
const version = (v: string, over: object = {}) =>
  modelVersionSchema.parse({ name: "CTR Model", version: v, run_id: `run-${v}`, ...over });
const run = (id: string, tags: object[] = []) =>
  runSchema.parse({ run: { info: { run_id: id, experiment_id: "1" }, data: { tags } } }).run;

describe("referenceVersion", () => {
  it.each([
    ["no versions", model(), [], null],
    [
      "newest when none is in production",
      model(),
      [version("1"), version("2")],
      "version 2 (the newest; none is in production)",
    ],
    [
      "the production alias over a newer version",
      model({ aliases: [{ alias: "champion", version: "2" }] }),
      [version("1"), version("2"), version("3")],
      "version 2 (alias champion)",
    ],
    [
      "an alias on the version itself, any case",
      model(),
      [version("1", { aliases: ["Production"] }), version("2")],
      "version 1 (alias Production)",
    ],
    [
      "a version in stage Production",
      model(),
      [version("1", { current_stage: "Production" }), version("2", { current_stage: "Staging" })],
      "version 1 (stage Production)",
    ],
    [
      "an alias that is not a production one",
      model({ aliases: [{ alias: "challenger", version: "1" }] }),
      [version("1"), version("2")],
      "version 2 (the newest; none is in production)",
    ],
    [
      "versions ordered by number, not text",
      model(),
      [version("9"), version("10")],
      "version 10 (the newest; none is in production)",
    ],
  ])("%s", (_what, m, versions, label) => {
    expect(referenceVersion(m, versions, mapping.productionAliases)?.label ?? null).toBe(label);
  });
});

describe("teamOf", () => {
  it.each([
    [
      [
        { key: "debtboard.team", value: "ranking" },
        { key: "team", value: "other" },
      ],
      null,
      { team: "ranking" },
    ],
    [[{ key: "team", value: " ranking " }], null, { team: "ranking" }],
    [[{ key: "team", value: "" }], "fallback", { team: "fallback" }],
    [[], "fallback", { team: "fallback" }],
  ])("tags %j, default %s → %j", (tags, defaultTeam, expected) => {
    expect(teamOf(model({ tags }), { ...mapping, defaultTeam })).toEqual(expected);
  });
  it("names the tags it looked for when there is no team", () => {
    expect(teamOf(model(), mapping)).toEqual({
      reason: "it has no team tag (debtboard.team or team) and no default team is set (MLFLOW_DEFAULT_TEAM).",
    });
  });
});

describe("modelDraft", () => {
  const snap: ModelSnapshot = {
    model: model({
      description: "Click-through rate.",
      tags: [
        { key: "team", value: "ranking" },
        { key: "domain", value: "ads" },
      ],
      aliases: [{ alias: "champion", version: "2" }],
    }),
    versions: [version("1", { current_stage: "Archived" }), version("2"), version("3", { current_stage: "Staging" })],
    run: run("run-2"),
    runProblem: null,
  };

  it("maps a new registered model: links to the model, its notable versions and the training run; tags; production", () => {
    const { draft } = modelDraft(snap, "ctr-model", "ranking", mapping, null);
    expect(draft).toMatchObject({
      kind: "MODEL",
      name: "ctr-model",
      title: "CTR Model",
      description: "Click-through rate.",
      team: "ranking",
      lifecycle: "PRODUCTION",
      tags: ["mlflow:domain=ads", "mlflow-alias:champion=v2", "mlflow-stage:Staging=v3"],
    });
    expect(draft.links).toEqual([
      { type: "other", url: `${BASE}/#/models/CTR%20Model`, title: "MLflow: CTR Model" },
      { type: "other", url: `${BASE}/#/models/CTR%20Model/versions/3`, title: "MLflow version 3 (Staging)" },
      { type: "other", url: `${BASE}/#/models/CTR%20Model/versions/2`, title: "MLflow version 2 (champion)" },
      { type: "training-run", url: `${BASE}/#/experiments/1/runs/run-2`, title: "Training run of version 2" },
    ]);
  });

  it("keeps what MLflow does not know, and replaces only MLflow's own links and tags", () => {
    const stored: EntityDraft = {
      kind: "MODEL",
      name: "ctr-model",
      title: "CTR (ads)",
      description: "Ours.",
      team: "ranking",
      lifecycle: "DEPRECATED",
      tags: ["tier-1", "mlflow-alias:old=v1"],
      links: [
        { type: "repository", url: "https://git.test/ctr" },
        { type: "other", url: `${BASE}/#/models/CTR%20Model/versions/1`, title: "stale" },
      ],
      model: {
        task: "ranking",
        servingMode: "ONLINE",
        framework: "xgboost",
        trainingDataSnapshot: "s3://snap",
        calibratedOutputs: true,
      },
    };
    const noProd = { ...snap, model: model({ description: "" }), versions: [version("1")], run: null };
    const { draft } = modelDraft(noProd, "ctr-model", "ranking", mapping, stored);
    expect(draft).toMatchObject({
      title: "CTR (ads)",
      description: "Ours.",
      lifecycle: "DEPRECATED",
      tags: ["tier-1"],
      model: stored.kind === "MODEL" ? stored.model : {},
    });
    expect(draft.links.map((l) => l.url)).toEqual([
      "https://git.test/ctr",
      `${BASE}/#/models/CTR%20Model`,
      `${BASE}/#/models/CTR%20Model/versions/1`,
    ]);
  });
});

describe("mapRegistry", () => {
  const snap = (name: string, tags: object[], runTags: object[] | null = []): ModelSnapshot => ({
    model: model({ name, tags }),
    versions: [version("1")],
    run: runTags ? run("r", runTags) : null,
    runProblem: runTags ? null : "has a training run r the server no longer has",
  });
  const ctx = { teams: new Set(["ranking"]), stored: new Map<string, EntityDraft>(), archived: new Set(["old"]) };

  it("skips, with the reason, models without a team, with an unknown team, clashing names, archived models and prompts", () => {
    const out = mapRegistry(
      [
        snap("a", [{ key: "team", value: "ranking" }]),
        snap("b", []),
        snap("c", [{ key: "team", value: "nobody" }]),
        snap("A", [{ key: "team", value: "ranking" }]),
        snap("Old", [{ key: "team", value: "ranking" }]),
        snap("p", [
          { key: "team", value: "ranking" },
          { key: "mlflow.prompt.is_prompt", value: "true" },
        ]),
      ],
      mapping,
      ctx,
    );
    expect(out.entities.map((e) => e.value.name)).toEqual(["a"]);
    expect(out.skipped).toEqual([
      'MLflow model "b": skipped, it has no team tag (debtboard.team or team) and no default team is set (MLFLOW_DEFAULT_TEAM).',
      'MLflow model "c": skipped, its team "nobody" is not a debtboard team.',
      'MLflow model "A": skipped, it maps to model:a like MLflow model "a" (names differing only in case or punctuation).',
      'MLflow model "Old": skipped, model:old is archived in debtboard (restore it there to sync it again).',
      'MLflow model "p": skipped, it is an MLflow prompt, not a model.',
    ]);
  });

  it("gives each mapped model its evidence, and notes what is not proven or not readable", () => {
    const out = mapRegistry(
      [
        snap(
          "proven",
          [{ key: "team", value: "ranking" }],
          [
            { key: GIT_COMMIT_TAG, value: "c1" },
            { key: DATA_COMMIT_TAG, value: "c2" },
          ],
        ),
        snap("gone", [{ key: "team", value: "ranking" }], null),
      ],
      mapping,
      ctx,
    );
    expect(out.evidence.map((e) => [e.entityName, e.answers.map((a) => a.itemKey)])).toEqual([
      ["proven", [CODE_RECORDED]],
      ["gone", []],
    ]);
    expect(out.notes).toContain(
      "model:gone: version 1 (the newest; none is in production) has a training run r the server no longer has; no evidence read.",
    );
    expect(out.notes.filter((n) => n.startsWith("model:proven"))).toHaveLength(2);
  });
});
