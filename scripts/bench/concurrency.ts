// The benchmark's concurrency section: N signed-in readers (autocannon connections, each cycling
// through overview, team, hotspots and entity pages) against the production server for a fixed
// time, optionally with one checklist submit per second running beside them. Reports
// requests/s, p50/p95/p99 of every response (nearest rank over all of them, not autocannon's
// histogram buckets), and errors: transport errors, timeouts and any status but 200.
import autocannon from "autocannon";
import { percentile } from "./stats";
import { timedRequest, type RequestSpec } from "./http";
import type { ConcurrencyRun } from "./report";

export interface ConcurrencyOptions {
  scale: string;
  baseUrl: string;
  cookie: string;
  paths: readonly string[];
  connections: number;
  seconds: number;
  /** A submit to run once a second while the readers run; resolves to its time, or throws. */
  submit?: () => Promise<number>;
}

export async function measureConcurrency(o: ConcurrencyOptions): Promise<ConcurrencyRun> {
  const latencies: number[] = [];
  let notOk = 0;
  const submitTimes: number[] = [];
  let submitFailures = 0;
  let submitting = false;
  const timer = o.submit
    ? setInterval(() => {
        // One at a time: a submit slower than a second delays the next instead of piling up.
        if (submitting) return;
        submitting = true;
        o.submit!()
          .then((ms) => submitTimes.push(ms))
          .catch(() => (submitFailures += 1))
          .finally(() => (submitting = false));
      }, 1000)
    : null;
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: o.baseUrl,
          connections: o.connections,
          duration: o.seconds,
          timeout: 30,
          headers: { cookie: o.cookie },
          requests: o.paths.map((path) => ({ method: "GET" as const, path })),
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on("response", (_client, statusCode, _bytes, responseTime) => {
        latencies.push(responseTime);
        if (statusCode !== 200) notOk += 1;
      });
    });
    const requests = latencies.length;
    return {
      scale: o.scale,
      connections: o.connections,
      withSubmits: Boolean(o.submit),
      seconds: o.seconds,
      requests,
      requestsPerSecond: requests / o.seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      errors: result.errors + result.timeouts + notOk,
      ...(o.submit
        ? {
            submits: {
              ok: submitTimes.length,
              failed: submitFailures,
              p50: percentile(submitTimes, 50),
              p95: percentile(submitTimes, 95),
            },
          }
        : {}),
    };
  } finally {
    if (timer) clearInterval(timer);
    // Let a submit in flight finish before the caller moves on.
    while (submitting) await new Promise((r) => setTimeout(r, 50));
  }
}

/** A submit through the API (every item answered, building on the latest), for measureConcurrency. */
export function apiSubmitter(baseUrl: string, spec: Omit<RequestSpec, "json" | "method">, itemKeys: readonly string[]) {
  const values = ["PASS", "PARTIAL", "FAIL", "PASS", "NA"] as const;
  let run = 1000;
  return async () => {
    run += 1;
    const r = await timedRequest(baseUrl, {
      ...spec,
      method: "POST",
      json: {
        answers: itemKeys.map((itemKey, i) => ({
          itemKey,
          value: values[(i + run) % values.length],
          note: `concurrency run ${run}`,
        })),
      },
    });
    if (r.status !== 201) throw new Error(`submit answered ${r.status}`);
    return r.ms;
  };
}
