// The body of a delivery. JSON (default): the envelope `{ event, occurredAt, team, data }`.
// Slack-compatible: `{ "text": "<one line> <link|label>" }`, which Slack incoming webhooks (and
// Mattermost, Teams' Slack connector, …) post as a message.
import { enumLabel } from "@/lib/domain/format/labels";
import type { WebhookEnvelope, WebhookFormat } from "./events";

export function formatWebhookBody(envelope: WebhookEnvelope, format: WebhookFormat): string {
  if (format === "SLACK") return JSON.stringify({ text: slackText(envelope) });
  // Fixed key order, whatever order the stored job data came back in.
  const { event, occurredAt, team, data } = envelope;
  return JSON.stringify({ event, occurredAt, team: { id: team.id, slug: team.slug, name: team.name }, data });
}

/** One readable line and a link, in Slack's mrkdwn (&, <, > escaped; links as <url|label>). */
export function slackText(envelope: WebhookEnvelope): string {
  const { summary, url, label } = summarize(envelope);
  return `[${escapeSlack(envelope.team.name)}] ${escapeSlack(summary)} <${url}|${label}>`;
}

/** The one-line summary of an event and where its link goes. */
export function summarize(envelope: WebhookEnvelope): { summary: string; url: string; label: string } {
  switch (envelope.event) {
    case "gate.changed": {
      const d = envelope.data;
      const what = `${enumLabel(d.entity.kind).toLowerCase()} ${d.entity.name}`;
      const now =
        d.status === "PASS"
          ? "now passes its gate"
          : d.status === "FAIL"
            ? "now fails its gate"
            : "has no gate any more";
      const before = d.previous === "PASS" ? "passed" : d.previous === "FAIL" ? "failed" : "had no gate";
      return { summary: `The ${what} ${now} (it ${before}): ${d.reason}`, url: d.entity.url, label: "Open the entity" };
    }
    case "findings.new": {
      const d = envelope.data;
      const shown = d.findings.slice(0, 3).map((f) => f.title);
      const more = d.count - shown.length;
      const list = shown.join("; ") + (more > 0 ? `; and ${more} more` : "");
      return {
        summary: `${d.count} new ${d.count === 1 ? "finding" : "findings"}: ${list}.`,
        url: d.url,
        label: "Open findings",
      };
    }
    case "review.closed": {
      const d = envelope.data;
      return {
        summary: `Review “${d.review.title}” closed by ${d.closedBy}: ${count(d.actionItems, "action item")}, ${count(d.notes, "note")}.`,
        url: d.review.url,
        label: "Open the review",
      };
    }
    case "ping":
      return { summary: envelope.data.message, url: envelope.data.url, label: "Open webhooks" };
  }
}

function count(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
