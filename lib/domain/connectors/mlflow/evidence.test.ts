import { describe, expect, it } from "vitest";
import {
  CODE_RECORDED,
  DATA_COMMIT_TAG,
  evidenceAnswers,
  GIT_COMMIT_TAG,
  runEvidence,
  SEEDS_AND_ENVIRONMENT,
  snapshotText,
  sourceText,
  TRAINING_DATA_SNAPSHOT,
} from "./evidence";
import { runSchema } from "./rest";

const BASE = "http://mlflow.test:5000";

function run(over: { tags?: object[]; params?: object[]; inputs?: object[] } = {}) {
  return runSchema.parse({
    run: {
      info: { run_id: "r1", experiment_id: "7" },
      data: { tags: over.tags ?? [], params: over.params ?? [] },
      inputs: { dataset_inputs: over.inputs ?? [] },
    },
  }).run;
}
const input = (name: string, digest: string, source: string, context?: string) => ({
  tags: context ? [{ key: "mlflow.data.context", value: context }] : [],
  dataset: { name, digest, source, source_type: "local" },
});
const gitTag = { key: GIT_COMMIT_TAG, value: "a".repeat(40) };
const dataTag = { key: DATA_COMMIT_TAG, value: "b".repeat(40) };
const both = [gitTag, dataTag];

describe("runEvidence", () => {
  it("reads commits, training inputs (falling back to all inputs) and seed params", () => {
    const e = runEvidence(
      run({
        tags: both,
        params: [
          { key: "seed", value: "42" },
          { key: "model.random_state", value: "7" },
          { key: "seedling", value: "x" },
          { key: "lr", value: "0.1" },
        ],
        inputs: [input("train", "d1", "s3://t", "training"), input("eval", "d2", "s3://e", "evaluation")],
      }),
      BASE,
    );
    expect(e.runUrl).toBe(`${BASE}/#/experiments/7/runs/r1`);
    expect(e.gitCommit).toBe("a".repeat(40));
    expect(e.dataCommit).toBe("b".repeat(40));
    expect(e.datasets.map((d) => d.name)).toEqual(["train"]);
    expect(e.seeds).toEqual([
      { key: "seed", value: "42" },
      { key: "model.random_state", value: "7" },
    ]);
    expect(runEvidence(run({ inputs: [input("a", "1", "x"), input("b", "2", "y")] }), BASE).datasets).toHaveLength(2);
  });
});

describe("evidenceAnswers: what each run proves", () => {
  it.each<[string, Parameters<typeof run>[0], string[]]>([
    ["both commits", { tags: both }, [CODE_RECORDED]],
    ["only the training commit", { tags: [gitTag] }, []],
    ["only the data commit", { tags: [dataTag] }, []],
    ["a blank commit tag", { tags: [{ key: GIT_COMMIT_TAG, value: " " }, dataTag] }, []],
    [
      "a training input with digest and source",
      { inputs: [input("t", "abc", "s3://t", "training")] },
      [TRAINING_DATA_SNAPSHOT],
    ],
    ["an input without a digest", { inputs: [input("t", "", "s3://t")] }, []],
    ["an input without a source", { inputs: [input("t", "abc", "")] }, []],
    [
      "one of two training inputs without a digest",
      { inputs: [input("a", "1", "x", "training"), input("b", "", "y", "training")] },
      [],
    ],
    ["only seeds", { params: [{ key: "seed", value: "1" }] }, []],
    [
      "everything",
      { tags: both, params: [{ key: "seed", value: "1" }], inputs: [input("t", "abc", "s3://t")] },
      [CODE_RECORDED, TRAINING_DATA_SNAPSHOT],
    ],
    ["nothing", {}, []],
  ])("%s → %j", (_what, over, keys) => {
    const { answers, unproven } = evidenceAnswers(runEvidence(run(over), BASE), "version 1");
    expect(answers.map((a) => a.itemKey)).toEqual(keys);
    for (const a of answers) {
      expect(a.value).toBe("PASS");
      expect(a.evidenceUrl).toBe(`${BASE}/#/experiments/7/runs/r1`);
      expect(a.note).toMatch(/^From MLflow: version 1 was trained by run r1/);
    }
    // Every item not answered is named with the reason; seeds are never enough on their own.
    expect(unproven.map((u) => u.split(":")[0])).toEqual(
      [CODE_RECORDED, TRAINING_DATA_SNAPSHOT, SEEDS_AND_ENVIRONMENT].filter((k) => !keys.includes(k)),
    );
  });

  it("says what was found for an item it does not answer", () => {
    const { unproven } = evidenceAnswers(
      runEvidence(run({ tags: [gitTag], params: [{ key: "seed", value: "42" }] }), BASE),
      "v",
    );
    expect(unproven[0]).toContain(
      "the training commit aaaaaaaaaaaa is recorded, but not the commit that built the training set",
    );
    expect(unproven[2]).toContain("seeds are logged (seed=42)");
  });
});

describe("sourceText", () => {
  it.each([
    ['{"uri": "s3://b/clicks.parquet"}', "s3://b/clicks.parquet"],
    ['{"url": "https://x.test/d.csv"}', "https://x.test/d.csv"],
    ['{"table_name": "main.clicks", "version": 3}', "main.clicks"],
    ["s3://plain", "s3://plain"],
    ['{"other": 1}', '{"other": 1}'],
    ["", ""],
  ])("%s → %s", (source, text) => {
    expect(sourceText(source)).toBe(text);
  });
});

describe("snapshotText", () => {
  it.each([
    [[input("train", "d1", "s3://t")], "train@d1"],
    [[input("", "d1", "s3://t"), input("b", "", "x")], "s3://t@d1"],
    [[], ""],
  ])("%j → %s", (inputs, text) => {
    expect(snapshotText(runEvidence(run({ inputs }), BASE))).toBe(text);
  });
  it("stays within the field's 500 characters", () => {
    const many = Array.from({ length: 40 }, (_, i) => input(`dataset-${i}`, "f".repeat(32), "s3://x"));
    expect(snapshotText(runEvidence(run({ inputs: many }), BASE)).length).toBe(500);
  });
});
