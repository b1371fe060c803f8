// The load: N virtual users on loopback, each looping until the deadline (or the request cap)
// over a seeded mix of page reads (session cookie), API reads and checklist submits (API token:
// read the entity's latestSeq and items, then POST a whole assessment based on it). Every
// answer is kept as a sample (what, when it started and ended, status, the error message of a
// failure), so callers can judge them against a time window (the Postgres-restart fault).
import { prng, type Prng } from "./checks";
import type { StressWorld, Target } from "./world";

export type SampleKind = "page" | "api-read" | "submit";

export interface Sample {
  kind: SampleKind;
  path: string;
  start: number;
  end: number;
  /** 0: no HTTP answer (connection refused/reset, or the 30 s timeout). */
  status: number;
  /** For failures (>= 400 or 0): the error message or the start of the body. */
  message?: string;
}

export interface LoadResult {
  samples: Sample[];
  /** Ids of assessments the server acknowledged (201). */
  acked: string[];
  startedAt: number;
  endedAt: number;
}

export interface LoadOptions {
  baseUrl: string;
  /** Several app instances: each request goes to one picked at random (a load balancer with no affinity). */
  baseUrls?: string[];
  world: StressWorld;
  vus: number;
  durationMs: number;
  /** Upper bound on requests in all. */
  maxRequests: number;
  seed: number;
}

const TIMEOUT_MS = 30_000;
const VALUES = ["PASS", "PARTIAL", "FAIL", "NA"] as const;

interface Answer {
  status: number;
  body: string;
}

async function send(
  baseUrl: string,
  path: string,
  init: { method?: string; headers: Record<string, string>; body?: string },
): Promise<Answer> {
  try {
    const res = await fetch(`${baseUrl}${path}`, {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { status: res.status, body: await res.text() };
  } catch (error) {
    return {
      status: 0,
      body:
        error instanceof Error
          ? `${error.name}: ${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}`
          : String(error),
    };
  }
}

/** The message of an API error body, or the start of whatever came back. */
export function messageOf(answer: Answer): string {
  try {
    const parsed = JSON.parse(answer.body) as { error?: { message?: string } };
    if (parsed.error?.message) return parsed.error.message;
  } catch {
    // not JSON
  }
  return answer.body.slice(0, 200);
}

/** A page that answered 200 but streamed an error boundary (a card's server error) counts as a 500. */
function pageStatus(answer: Answer): number {
  if (answer.status === 200 && /data-dgst=|"digest":"/.test(answer.body)) return 500;
  return answer.status;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { world } = options;
  const urls = options.baseUrls?.length ? options.baseUrls : [options.baseUrl];
  // One instance: no random pick, so a seed replays the same choices as before several existed.
  const baseFor = (rng: Prng) => (urls.length === 1 ? (urls[0] as string) : rng.pick(urls));
  const samples: Sample[] = [];
  const acked: string[] = [];
  const startedAt = Date.now();
  const deadline = startedAt + options.durationMs;
  let issued = 0;
  const more = () => Date.now() < deadline && issued < options.maxRequests;

  const record = (kind: SampleKind, path: string, start: number, answer: Answer, status = answer.status) => {
    const sample: Sample = { kind, path, start, end: Date.now(), status };
    if (status >= 400 || status === 0) sample.message = status === 0 ? answer.body : messageOf(answer);
    samples.push(sample);
  };

  async function page(rng: Prng) {
    const path = rng.pick(world.pages);
    const start = Date.now();
    const answer = await send(baseFor(rng), path, { headers: { cookie: rng.pick(world.cookies) } });
    record("page", path, start, answer, pageStatus(answer));
  }

  async function apiRead(rng: Prng, token: string) {
    const t = rng.pick(world.targets);
    const path = rng.pick([
      `/api/v1/entities?limit=25&kind=${rng.pick(["MODEL", "FEATURE", "CONSUMER"])}`,
      `/api/v1/entities/${t.slug}/${encodeURIComponent(t.name)}`,
      `/api/v1/relations?entity=${encodeURIComponent(`${t.slug === "models" ? "model" : t.slug === "features" ? "feature" : t.slug === "data-sources" ? "source" : "consumer"}:${t.name}`)}`,
    ]);
    const start = Date.now();
    record("api-read", path, start, await send(baseFor(rng), path, { headers: { authorization: `Bearer ${token}` } }));
  }

  async function submit(rng: Prng, token: string, target: Target) {
    const path = `/api/v1/entities/${target.slug}/${encodeURIComponent(target.name)}/assessments`;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    let start = Date.now();
    const read = await send(baseFor(rng), `${path}?limit=1`, { headers });
    record("api-read", `${path}?limit=1`, start, read);
    if (read.status !== 200) return;
    const { latestSeq, items } = JSON.parse(read.body) as { latestSeq: number | null; items: { key: string }[] };
    const answers = items.map((i) => ({
      itemKey: i.key,
      value: rng.pick(VALUES),
      note: rng.next() < 0.2 ? "checked under load" : "",
    }));
    issued++;
    start = Date.now();
    const posted = await send(baseFor(rng), path, {
      method: "POST",
      headers,
      body: JSON.stringify({ answers, basedOnSeq: latestSeq }),
    });
    record("submit", path, start, posted);
    if (posted.status === 201) acked.push((JSON.parse(posted.body) as { assessmentId: string }).assessmentId);
  }

  async function virtualUser(index: number) {
    const rng = prng(options.seed * 1000 + index);
    const token = world.tokens[index % world.tokens.length] as string;
    // Stagger the start so the first second is not one burst.
    await new Promise((r) => setTimeout(r, rng.int(500)));
    while (more()) {
      issued++;
      const roll = rng.next();
      if (roll < 0.3) await page(rng);
      else if (roll < 0.6) await apiRead(rng, token);
      else await submit(rng, token, rng.pick(world.targets));
    }
  }

  await Promise.all(Array.from({ length: options.vus }, (_, i) => virtualUser(i)));
  return { samples, acked, startedAt, endedAt: Date.now() };
}
