// What a team's webhook may be sent (README "Webhooks"): the envelope every event travels in
// and the data each kind carries. Pure: the server builds these and the formatter renders them.
import type { GateStatus } from "@/lib/domain/scoring/gate";

export const WEBHOOK_EVENTS = ["gate.changed", "findings.new", "review.closed"] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];
/** "ping" is the settings page's "send test event"; it goes to the one webhook asked, whatever its events. */
export type DeliveredEventName = WebhookEventName | "ping";

export const WEBHOOK_EVENT_INFO: Readonly<Record<WebhookEventName, { label: string; description: string }>> = {
  "gate.changed": {
    label: "Gate status changes",
    description: "An entity of the team starts or stops passing its target (after a submit or a target change).",
  },
  "findings.new": {
    label: "New findings",
    description: "A findings recompute opened findings on the team's entities (new or reappeared).",
  },
  "review.closed": { label: "Review closed", description: "One of the team's planning reviews was closed." },
};

export const WEBHOOK_FORMATS = ["JSON", "SLACK"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export interface GateChangedData {
  entity: { id: string; kind: string; name: string; lifecycle: string; url: string };
  previous: GateStatus;
  status: GateStatus;
  rating: string | null;
  target: string | null;
  reason: string;
  /** What changed it: a submitted assessment or a target change. */
  cause: "assessment" | "target";
}

export interface NewFindingsData {
  /** How many findings opened (the list holds at most MAX_LISTED_FINDINGS of them). */
  count: number;
  findings: { id: string; kind: string; title: string }[];
  url: string;
}

export interface ReviewClosedData {
  review: { id: string; title: string; url: string; periodStart: string; periodEnd: string; closedAt: string };
  closedBy: string;
  notes: number;
  actionItems: number;
}

export interface PingData {
  message: string;
  url: string;
}

export interface EventDataMap {
  "gate.changed": GateChangedData;
  "findings.new": NewFindingsData;
  "review.closed": ReviewClosedData;
  ping: PingData;
}

/** What is POSTed in the JSON format, and what a delivery job carries. */
export type WebhookEnvelope = {
  [E in DeliveredEventName]: {
    event: E;
    occurredAt: string;
    team: { id: string; slug: string; name: string };
    data: EventDataMap[E];
  };
}[DeliveredEventName];

export const MAX_LISTED_FINDINGS = 20;

export function isWebhookEvent(value: string): value is WebhookEventName {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}
