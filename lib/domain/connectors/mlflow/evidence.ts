// What a training run proves about the checklist's reproducibility items. Evidence only ever
// pre-answers PASS, and only when it proves the whole item as the checklist words its pass;
// a run that lacks something proves nothing (the thing may be recorded elsewhere), so it
// answers nothing and the report says what was found and what was missing.
import type { MlflowRun } from "./rest";

export const CODE_RECORDED = "reproducibility-debt.code-recorded";
export const TRAINING_DATA_SNAPSHOT = "reproducibility-debt.training-data-snapshot";
export const SEEDS_AND_ENVIRONMENT = "reproducibility-debt.seeds-and-environment";

/** The tag MLflow sets on a run started inside a git checkout. */
export const GIT_COMMIT_TAG = "mlflow.source.git.commit";
/** Our convention for the commit of the code that built the training set (MLflow has none). */
export const DATA_COMMIT_TAG = "debtboard.data.git.commit";
/** Dataset inputs MLflow marks `mlflow.data.context = training` are the training data. */
const CONTEXT_TAG = "mlflow.data.context";
const SEED_PARAM = /(^|[._-])(seed|random_state|random_seed|rng_seed)$/i;

export interface DatasetEvidence {
  name: string;
  digest: string;
  source: string;
  sourceType: string;
}

export interface RunEvidence {
  runId: string;
  runUrl: string;
  gitCommit: string | null;
  dataCommit: string | null;
  /** The training dataset inputs (all inputs when none is marked as training). */
  datasets: DatasetEvidence[];
  seeds: { key: string; value: string }[];
}

export interface EvidenceAnswer {
  itemKey: string;
  value: "PASS";
  note: string;
  evidenceUrl: string;
}

export interface EvidenceResult {
  answers: EvidenceAnswer[];
  /** One line per item the run does not prove: what was found, what was missing. */
  unproven: string[];
}

export function runUrl(trackingUrl: string, experimentId: string, runId: string): string {
  return `${trackingUrl}/#/experiments/${encodeURIComponent(experimentId)}/runs/${encodeURIComponent(runId)}`;
}

export function runEvidence(run: MlflowRun, trackingUrl: string): RunEvidence {
  const tag = (key: string) => run.data.tags.find((t) => t.key === key)?.value.trim() || null;
  const inputs = run.inputs.dataset_inputs;
  const training = inputs.filter((i) => i.tags.some((t) => t.key === CONTEXT_TAG && t.value === "training"));
  return {
    runId: run.info.run_id,
    runUrl: runUrl(trackingUrl, run.info.experiment_id, run.info.run_id),
    gitCommit: tag(GIT_COMMIT_TAG),
    dataCommit: tag(DATA_COMMIT_TAG),
    datasets: (training.length > 0 ? training : inputs).map((i) => ({
      name: i.dataset.name,
      digest: i.dataset.digest.trim(),
      source: sourceText(i.dataset.source),
      sourceType: i.dataset.source_type,
    })),
    seeds: run.data.params.filter((p) => SEED_PARAM.test(p.key)).map((p) => ({ key: p.key, value: p.value })),
  };
}

/** MLflow stores a dataset's source as JSON (`{"uri": "s3://…"}`); the address is what a person reads. */
export function sourceText(source: string): string {
  const text = source.trim();
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const fields = parsed as Record<string, unknown>;
      for (const key of ["uri", "url", "path", "table_name", "path_or_dataframe"]) {
        const value = fields[key];
        if (typeof value === "string" && value.trim()) return value.trim();
      }
    }
  } catch {
    // Not JSON: the source is the address itself.
  }
  return text;
}

const short = (commit: string) => commit.slice(0, 12);

/** `version` names where the evidence comes from, e.g. "version 3 (alias champion)". */
export function evidenceAnswers(e: RunEvidence, version: string): EvidenceResult {
  const answers: EvidenceAnswer[] = [];
  const unproven: string[] = [];
  const from = `From MLflow: ${version} was trained by run ${e.runId}`;

  if (e.gitCommit && e.dataCommit)
    answers.push({
      itemKey: CODE_RECORDED,
      value: "PASS",
      note: `${from} at commit ${e.gitCommit}; the training set was built at commit ${e.dataCommit}.`,
      evidenceUrl: e.runUrl,
    });
  else
    unproven.push(
      `${CODE_RECORDED}: ${
        e.gitCommit
          ? `the training commit ${short(e.gitCommit)} is recorded, but not the commit that built the training set (run tag ${DATA_COMMIT_TAG})`
          : e.dataCommit
            ? `the training set's commit is recorded, but not the training commit (run tag ${GIT_COMMIT_TAG})`
            : `neither the training commit (${GIT_COMMIT_TAG}) nor the training set's commit (${DATA_COMMIT_TAG}) is recorded`
      }.`,
    );

  const complete = e.datasets.filter((d) => d.digest && d.source);
  if (e.datasets.length > 0 && complete.length === e.datasets.length)
    answers.push({
      itemKey: TRAINING_DATA_SNAPSHOT,
      value: "PASS",
      note: `${from} on ${e.datasets.map((d) => `${d.name || "a dataset"} (digest ${d.digest}, ${d.source})`).join(", ")}.`,
      evidenceUrl: e.runUrl,
    });
  else
    unproven.push(
      `${TRAINING_DATA_SNAPSHOT}: ${
        e.datasets.length === 0
          ? "the run logged no dataset input"
          : `${e.datasets.length - complete.length} of ${e.datasets.length} dataset input(s) have no digest or no source`
      }.`,
    );

  // Seeds alone are a third of this item (library versions and hardware settings are not
  // recorded by MLflow in any standard place), so they are reported, never answered.
  unproven.push(
    `${SEEDS_AND_ENVIRONMENT}: ${
      e.seeds.length > 0
        ? `seeds are logged (${e.seeds.map((s) => `${s.key}=${s.value}`).join(", ")}), but`
        : "no seed param is logged, and"
    } library versions and hardware settings are not read from MLflow; left for a person.`,
  );
  return { answers, unproven };
}

/** "name@digest, …" for the model's training-data snapshot field (at most 500 characters). */
export function snapshotText(e: RunEvidence): string {
  const text = e.datasets
    .filter((d) => d.digest)
    .map((d) => `${d.name || d.source || "dataset"}@${d.digest}`)
    .join(", ");
  return text.length <= 500 ? text : `${text.slice(0, 499)}…`;
}
