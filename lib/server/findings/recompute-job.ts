// The durable backstop for findings and today's scores: a job on the Postgres-backed queue
// (lib/server/jobs) that recomputes the findings and rewrites today's ScoreSnapshot rows. It
// runs after every start-up (catching up on a crash between a catalogue commit and its
// after-response recompute, or on downtime) and daily just after midnight UTC (time-based
// findings: usage ageing out of the undeclared window, a new day's snapshot), at most one
// running and one waiting across every app process. Catalogue mutations still recompute at once
// after the response (schedule.ts); this job makes sure nothing depends on that having happened.
import { z } from "zod";
import { defineJob } from "@/lib/server/jobs/define-job";
import { recordScoreSnapshots } from "@/lib/server/scoring/record-score-snapshots";
import { invalidateGraphCache } from "./graph-cache";
import { recomputeFindings } from "./recompute-findings";

export const recomputeFindingsJob = defineJob({
  name: "findings.recompute",
  description: "Recompute lineage findings, entity impact and today's score snapshot",
  schema: z.object({ reason: z.enum(["startup", "daily", "manual"]).default("manual") }),
  policy: "stately",
  cron: "5 0 * * *",
  scheduledData: { reason: "daily" },
  onStartup: true,
  // At the large scale a run takes seconds; anything past 20 minutes is a dead process.
  expireInSeconds: 20 * 60,
  async run(_data, { db, now }) {
    await recomputeFindings(db, { now });
    invalidateGraphCache();
    await recordScoreSnapshots(db, { on: now });
  },
});
