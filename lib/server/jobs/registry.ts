// Every background job the app runs. To add one: define it next to its feature with defineJob()
// (lib/server/<feature>/<verb>-job.ts), list it here, and enqueue it with enqueueJob().
import type { JobDefinition } from "./define-job";
import { recomputeFindingsJob } from "@/lib/server/findings/recompute-job";
import { deliverWebhookJob } from "@/lib/server/webhooks/deliver-job";
import { connectorJobs } from "@/lib/server/connectors/connector-jobs";

export const JOBS: readonly JobDefinition[] = [recomputeFindingsJob, deliverWebhookJob, ...connectorJobs()];
