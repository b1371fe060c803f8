import { describe, expect, it } from "vitest";
import { mlflowServerFromEnv } from "./client";

describe("mlflowServerFromEnv: the server and its credentials, from MLflow's own variables", () => {
  it.each([
    [{ MLFLOW_TRACKING_URI: "http://mlflow.test:5000/" }, { url: "http://mlflow.test:5000", authorization: null }],
    [{ MLFLOW_TRACKING_URI: " https://ml.test/mlflow?x=1#y " }, { url: "https://ml.test/mlflow", authorization: null }],
    [
      { MLFLOW_TRACKING_URI: "http://m.test", MLFLOW_TRACKING_TOKEN: "tok" },
      { url: "http://m.test", authorization: "Bearer tok" },
    ],
    [
      { MLFLOW_TRACKING_URI: "http://m.test", MLFLOW_TRACKING_USERNAME: "svc", MLFLOW_TRACKING_PASSWORD: "pw" },
      { url: "http://m.test", authorization: `Basic ${Buffer.from("svc:pw").toString("base64")}` },
    ],
    [
      {
        MLFLOW_TRACKING_URI: "http://m.test",
        MLFLOW_TRACKING_TOKEN: "tok",
        MLFLOW_TRACKING_USERNAME: "svc",
        MLFLOW_TRACKING_PASSWORD: "pw",
      },
      { url: "http://m.test", authorization: "Bearer tok" },
    ],
  ])("%j → %j", (environment, server) => {
    expect(mlflowServerFromEnv(environment)).toEqual(server);
  });

  it.each([
    [{}, "MLFLOW_TRACKING_URI is not set"],
    [{ MLFLOW_TRACKING_URI: "  " }, "MLFLOW_TRACKING_URI is not set"],
    [{ MLFLOW_TRACKING_URI: "mlflow.test:5000" }, "MLFLOW_TRACKING_URI uses mlflow.test"],
    [{ MLFLOW_TRACKING_URI: "not a url" }, "MLFLOW_TRACKING_URI is not an address"],
    [{ MLFLOW_TRACKING_URI: "file:///tmp/mlruns" }, "MLFLOW_TRACKING_URI uses file"],
    [{ MLFLOW_TRACKING_URI: "databricks://profile" }, "MLFLOW_TRACKING_URI uses databricks"],
    [{ MLFLOW_TRACKING_URI: "http://u:secret@m.test" }, "MLFLOW_TRACKING_URI carries credentials"],
    [{ MLFLOW_TRACKING_URI: "http://m.test", MLFLOW_TRACKING_USERNAME: "svc" }, "without MLFLOW_TRACKING_PASSWORD"],
  ])("%j is refused: %s", (environment, message) => {
    expect(() => mlflowServerFromEnv(environment)).toThrow(message);
    // A message never repeats a secret.
    expect(() => mlflowServerFromEnv(environment)).not.toThrow("secret");
  });
});
