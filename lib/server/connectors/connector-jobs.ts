// Each connector's schedule: a job on the Postgres-backed queue (lib/server/jobs) per connector,
// enqueued by the cron expression in the connector's schedule variable (e.g. MLFLOW_SYNC_CRON=
// "0 * * * *"); without one the job is unscheduled. At most one run of a connector at a time
// across every app process. A scheduled file connector reads the file its path variable names.
// The run acts as an organisation admin named "schedule" and is recorded like any other.
import { z } from "zod";
import { defineJob, type JobDefinition } from "@/lib/server/jobs/define-job";
import { logger } from "@/lib/server/log/logger";
import type { ConnectorDefinition } from "./definition";
import { CONNECTORS } from "./registry";
import { readConnectorFile, startConnectorRun, SYSTEM_PRINCIPAL } from "./start-connector-run";

export function connectorJobName(def: ConnectorDefinition): string {
  return `connector.${def.slug}`;
}

export function connectorJob(def: ConnectorDefinition, cron: string | undefined): JobDefinition {
  return defineJob({
    name: connectorJobName(def),
    description: `Run the ${def.title} connector on its schedule (${def.scheduleEnv})`,
    schema: z.object({}),
    policy: "singleton",
    // A failed run is recorded with its reason; the next tick tries again.
    retryLimit: 0,
    expireInSeconds: 30 * 60,
    ...(cron ? { cron } : {}),
    async run() {
      const input = await readConnectorFile(def, undefined);
      const report = await startConnectorRun(def, input, {
        principal: SYSTEM_PRINCIPAL("schedule"),
        source: "SCHEDULE",
        dryRun: false,
      });
      logger.info("connector run", { connector: def.slug, runId: report.runId, ...report.counts });
    },
  });
}

/** One job per connector, scheduled by its variable as this process started. */
export function connectorJobs(environment: NodeJS.ProcessEnv = process.env): JobDefinition[] {
  return CONNECTORS.map((def) => connectorJob(def, environment[def.scheduleEnv]?.trim() || undefined));
}
