"""Fills an MLflow tracking server's registry through the real `mlflow` client, for the MLflow
connector's integration test (test/integration/connector-mlflow.test.ts).

Usage: python log_models.py <tracking-uri> <spec.json> <out.json>

The spec: {"models": [{"name", "description", "tags": {}, "aliases": {"champion": 1},
"versions": [{"params": {}, "run_tags": {}, "drop_run_tags": [], "dataset": {"name", "source",
"context"} | null, "stage": "Production" | null, "tags": {}}]}]}. Each version gets its own run
(params, tags, a pandas dataset logged with mlflow.log_input) and is registered from it. Writes
{"models": [{"name", "versions": [{"version", "run_id", "experiment_id"}]}]} to out.json (stdout has
MLflow's own chatter).
"""

import json
import sys
import warnings

import mlflow
import pandas as pd
from mlflow import MlflowClient

warnings.filterwarnings("ignore")


def log_version(client, experiment_id, model_name, spec):
    with mlflow.start_run(experiment_id=experiment_id) as run:
        if spec.get("params"):
            mlflow.log_params(spec["params"])
        for key, value in spec.get("run_tags", {}).items():
            mlflow.set_tag(key, value)
        dataset = spec.get("dataset")
        if dataset:
            frame = pd.DataFrame({"clicks": [1, 0, 1, 1], "impressions": [3, 2, 5, 4]})
            logged = mlflow.data.from_pandas(frame, source=dataset["source"], name=dataset["name"])
            mlflow.log_input(logged, context=dataset.get("context", "training"))
        mlflow.log_metric("auc", 0.71)
    run_id = run.info.run_id
    # MLflow tags the checkout's commit itself when the script runs inside git: a run meant to
    # have no commit drops the tag afterwards.
    for key in spec.get("drop_run_tags", []):
        client.delete_tag(run_id, key)
    version = client.create_model_version(
        model_name,
        source=f"{run.info.artifact_uri}/model",
        run_id=run_id,
        tags=spec.get("tags") or None,
    )
    if spec.get("stage"):
        client.transition_model_version_stage(model_name, version.version, spec["stage"])
    return {"version": version.version, "run_id": run_id, "experiment_id": experiment_id}


def main():
    tracking_uri, spec_path, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    mlflow.set_tracking_uri(tracking_uri)
    client = MlflowClient(tracking_uri=tracking_uri)
    out = []
    for model in spec["models"]:
        name = model["name"]
        experiment_id = client.create_experiment(f"train-{name}")
        client.create_registered_model(name, tags=model.get("tags") or None, description=model.get("description"))
        versions = [log_version(client, experiment_id, name, v) for v in model.get("versions", [])]
        for alias, number in model.get("aliases", {}).items():
            client.set_registered_model_alias(name, alias, str(number))
        out.append({"name": name, "versions": versions})
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"models": out}, f)


if __name__ == "__main__":
    main()
