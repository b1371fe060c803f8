// A small client of an MLflow tracking server's REST API 2.0, over fetch, every answer checked
// with zod (lib/domain/connectors/mlflow/rest.ts). Credentials come from the same environment
// variables MLflow's own client reads, are sent on each request and are never stored or shown:
// every message names the server by its address without them.
import type { z } from "zod";
import {
  errorSchema,
  runSchema,
  searchModelVersionsSchema,
  searchRegisteredModelsSchema,
  type MlflowRun,
  type ModelVersion,
  type RegisteredModel,
} from "@/lib/domain/connectors/mlflow/rest";

/** The server could not be asked, or refused to answer: nothing was read, nothing is written. */
export class MlflowServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MlflowServerError";
  }
}

export interface MlflowServer {
  /** The address, without credentials or trailing slash: shown in messages and used for links. */
  url: string;
  authorization: string | null;
}

type Env = Record<string, string | undefined>;

/** MLFLOW_TRACKING_URI and its credentials (MLFLOW_TRACKING_TOKEN, or _USERNAME and _PASSWORD). */
export function mlflowServerFromEnv(environment: Env = process.env): MlflowServer {
  const raw = environment.MLFLOW_TRACKING_URI?.trim();
  if (!raw)
    throw new MlflowServerError(
      "MLFLOW_TRACKING_URI is not set: set it to the tracking server's address, e.g. http://mlflow.internal:5000.",
    );
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new MlflowServerError(
      "MLFLOW_TRACKING_URI is not an address: use http(s)://host:port of the tracking server.",
    );
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new MlflowServerError(
      `MLFLOW_TRACKING_URI uses ${parsed.protocol.replace(/:$/, "")}: the connector reads a tracking server over http(s) (start one with \`mlflow server\`).`,
    );
  if (parsed.username || parsed.password)
    throw new MlflowServerError(
      "MLFLOW_TRACKING_URI carries credentials: put them in MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (or MLFLOW_TRACKING_TOKEN) instead.",
    );
  parsed.search = "";
  parsed.hash = "";
  const url = parsed.toString().replace(/\/+$/, "");
  const token = environment.MLFLOW_TRACKING_TOKEN?.trim();
  const user = environment.MLFLOW_TRACKING_USERNAME;
  const password = environment.MLFLOW_TRACKING_PASSWORD;
  if (user && password === undefined)
    throw new MlflowServerError("MLFLOW_TRACKING_USERNAME is set without MLFLOW_TRACKING_PASSWORD.");
  const authorization = token
    ? `Bearer ${token}`
    : user
      ? `Basic ${Buffer.from(`${user}:${password ?? ""}`).toString("base64")}`
      : null;
  return { url, authorization };
}

const PAGE = 1000;

export class MlflowClient {
  constructor(
    private readonly server: MlflowServer,
    private readonly timeoutMs = 30_000,
  ) {}

  private async get<S extends z.ZodType<object>>(
    endpoint: string,
    params: Record<string, string>,
    schema: S,
  ): Promise<z.output<S> | { missing: string }> {
    const address = `${this.server.url}/api/2.0/mlflow/${endpoint}?${new URLSearchParams(params)}`;
    const where = `the MLflow tracking server at ${this.server.url}`;
    let response: Response;
    try {
      response = await fetch(address, {
        headers: {
          accept: "application/json",
          ...(this.server.authorization ? { authorization: this.server.authorization } : {}),
        },
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: "error",
      });
    } catch (e) {
      const cause =
        e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
      throw new MlflowServerError(
        `Could not reach ${where} (${cause}). Is MLFLOW_TRACKING_URI right and the server up?`,
      );
    }
    const text = await response.text();
    if (response.status === 401 || response.status === 403)
      throw new MlflowServerError(
        `${where} refused the credentials (${response.status} ${response.statusText}) on ${endpoint}: check MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD.`,
      );
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new MlflowServerError(
        `${where} answered ${endpoint} with ${response.status} and no JSON: is MLFLOW_TRACKING_URI an MLflow tracking server?`,
      );
    }
    if (!response.ok) {
      const error = errorSchema.safeParse(body);
      const code = error.success ? error.data.error_code : "";
      if (response.status === 404 && code === "RESOURCE_DOES_NOT_EXIST")
        return { missing: error.success ? error.data.message : "" };
      throw new MlflowServerError(
        `${where} answered ${endpoint} with ${response.status}${code ? ` ${code}` : ""}${error.success && error.data.message ? `: ${error.data.message}` : ""}.`,
      );
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new MlflowServerError(
        `${where} answered ${endpoint} with something that is not MLflow's REST API 2.0 (${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "unexpected shape"}).`,
      );
    }
    return parsed.data;
  }

  private async pages<T, S extends z.ZodType<object>>(
    endpoint: string,
    schema: S,
    items: (page: z.output<S>) => T[],
    next: (page: z.output<S>) => string | undefined,
  ): Promise<T[]> {
    const out: T[] = [];
    let token: string | undefined;
    do {
      const page = await this.get(
        endpoint,
        { max_results: String(PAGE), ...(token ? { page_token: token } : {}) },
        schema,
      );
      if ("missing" in page)
        throw new MlflowServerError(`The MLflow tracking server at ${this.server.url} has no ${endpoint} endpoint.`);
      out.push(...items(page));
      token = next(page) || undefined;
    } while (token);
    return out;
  }

  registeredModels(): Promise<RegisteredModel[]> {
    return this.pages(
      "registered-models/search",
      searchRegisteredModelsSchema,
      (p) => p.registered_models,
      (p) => p.next_page_token,
    );
  }

  /** Every version of every registered model (one paged search, no filter to quote names into). */
  modelVersions(): Promise<ModelVersion[]> {
    return this.pages(
      "model-versions/search",
      searchModelVersionsSchema,
      (p) => p.model_versions,
      (p) => p.next_page_token,
    );
  }

  /** The run, or null with MLflow's message when the server no longer has it. */
  async run(runId: string): Promise<{ run: MlflowRun } | { missing: string }> {
    const answer = await this.get("runs/get", { run_id: runId }, runSchema);
    return "missing" in answer ? answer : { run: answer.run };
  }
}
