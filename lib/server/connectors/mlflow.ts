// The MLflow model registry as a connector: registered models → catalogue models owned by the
// team a tag names, their versions, aliases and stages as links and tags on the model's page,
// and the reproducibility evidence of the production version's training run as pre-answers.
import { defineConnector } from "./definition";
import { syncMlflow } from "./mlflow/sync-mlflow";

export const mlflowConnector = defineConnector({
  slug: "mlflow",
  kind: "MLFLOW",
  title: "MLflow model registry",
  description: [
    "Reads an MLflow tracking server's model registry. Each registered model becomes a model owned by the team its tag names",
    "(debtboard.team or team, or MLFLOW_DEFAULT_TEAM), with links to it, its aliased and staged versions and the training run,",
    "and its tags, aliases and stages as tags. The training run of the version in production (alias production, prod or",
    "champion, or stage Production; else the newest) pre-answers the reproducibility items it proves (both commits recorded,",
    "training data with digests) in drafts started afterwards, never over a person's answer. Nothing is archived.",
  ].join(" "),
  input: { type: "remote" },
  env: [
    {
      name: "MLFLOW_TRACKING_URI",
      required: true,
      secret: false,
      description: "The tracking server, e.g. http://mlflow.internal:5000.",
    },
    {
      name: "MLFLOW_TRACKING_TOKEN",
      required: false,
      secret: true,
      description: "Bearer token, if the server wants one.",
    },
    {
      name: "MLFLOW_TRACKING_USERNAME",
      required: false,
      secret: false,
      description: "Basic-auth user (with the password below).",
    },
    { name: "MLFLOW_TRACKING_PASSWORD", required: false, secret: true, description: "Basic-auth password." },
    {
      name: "MLFLOW_TEAM_TAGS",
      required: false,
      secret: false,
      description:
        "Registered-model tags naming the owning team's slug, comma-separated, first found wins (default: debtboard.team, team).",
    },
    {
      name: "MLFLOW_DEFAULT_TEAM",
      required: false,
      secret: false,
      description: "The team of models without a team tag (unset: they are skipped).",
    },
    {
      name: "MLFLOW_PRODUCTION_ALIASES",
      required: false,
      secret: false,
      description: "Aliases marking the version in production (comma-separated; default: production, prod, champion).",
    },
  ],
  scheduleEnv: "MLFLOW_SYNC_CRON",
  run: (_input, context) => syncMlflow(context),
});
