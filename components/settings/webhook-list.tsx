// The webhooks a person manages, one card each: where it sends, which events and how, whether it
// is enabled, its buttons, and its delivery log (every attempt: when, event, attempt number,
// status or error, duration and the start of the answer).
import { Webhook } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatRelative } from "@/lib/domain/format/date";
import { formatCount } from "@/lib/domain/format/number";
import { isWebhookEvent, WEBHOOK_EVENT_INFO } from "@/lib/domain/webhooks/events";
import { DELIVERIES_SHOWN, type WebhookRow } from "@/lib/server/webhooks/list-webhooks";
import { WebhookActions } from "./webhook-actions";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
});

export function WebhookList({ webhooks, now, canAdd }: { webhooks: WebhookRow[]; now: Date; canAdd: boolean }) {
  if (webhooks.length === 0) {
    return (
      <Card>
        <EmptyState
          icon={Webhook}
          title="No webhooks yet"
          description={
            canAdd
              ? "Add one above to hear about gate changes, new findings and closed reviews where your team works."
              : "A team's webhooks and their delivery logs are shown to its maintainers and organisation admins."
          }
        />
      </Card>
    );
  }
  return (
    <div className="space-y-5">
      {webhooks.map((w) => (
        <Card key={w.id} className="overflow-hidden">
          <CardHeader
            title={
              <span className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 font-mono text-[13px] break-all">{w.url}</span>
                <Badge tone={w.enabled ? "success" : "neutral"}>{w.enabled ? "Enabled" : "Disabled"}</Badge>
              </span>
            }
            description={
              <>
                {w.team.name} · {w.format === "SLACK" ? "Slack-compatible" : "JSON"} · added {formatDate(w.createdAt)}
                {w.createdBy ? ` by ${w.createdBy}` : ""}
              </>
            }
          />
          <CardBody className="space-y-3 pt-0">
            <p className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
              Sends:
              {w.events.map((e) => (
                <Badge key={e} tone="accent">
                  {isWebhookEvent(e) ? WEBHOOK_EVENT_INFO[e].label : e}
                </Badge>
              ))}
            </p>
            <WebhookActions id={w.id} url={w.url} enabled={w.enabled} />
          </CardBody>
          <DeliveryLog webhook={w} now={now} />
        </Card>
      ))}
    </div>
  );
}

function DeliveryLog({ webhook, now }: { webhook: WebhookRow; now: Date }) {
  const shown = webhook.deliveries.length;
  return (
    <section aria-label={`Delivery log of ${webhook.url}`}>
      <h3 className="border-t border-border px-5 pt-3 pb-2 text-[13px] font-medium text-foreground">
        Delivery log{" "}
        <span className="font-normal text-muted">
          {shown === 0
            ? "· nothing sent yet"
            : webhook.attempts > shown
              ? `· latest ${DELIVERIES_SHOWN} of ${formatCount(webhook.attempts)} attempts`
              : `· ${formatCount(webhook.attempts)} ${webhook.attempts === 1 ? "attempt" : "attempts"}`}
        </span>
      </h3>
      {shown === 0 ? null : (
        <Table minWidth={760}>
          <THead>
            <tr>
              <TH>Time (UTC)</TH>
              <TH>Event</TH>
              <TH align="right">Attempt</TH>
              <TH>Result</TH>
              <TH align="right">Duration</TH>
              <TH>Answer</TH>
            </tr>
          </THead>
          <TBody>
            {webhook.deliveries.map((d) => (
              <TR key={d.id}>
                <TD className="whitespace-nowrap">
                  <time dateTime={d.attemptedAt.toISOString()} title={formatRelative(d.attemptedAt, now)}>
                    {timeFormat.format(d.attemptedAt)}
                  </time>
                </TD>
                <TD>
                  <code className="font-mono text-xs">{d.event}</code>
                </TD>
                <TD align="right">{d.attempt}</TD>
                <TD>
                  <span className="flex flex-wrap items-center gap-1.5">
                    <Badge tone={d.ok ? "success" : "danger"}>
                      {d.statusCode !== null ? `HTTP ${d.statusCode}` : "No answer"}
                    </Badge>
                    {d.error ? <span className="text-xs text-muted">{d.error}</span> : null}
                  </span>
                </TD>
                <TD align="right" className="whitespace-nowrap">
                  {formatCount(d.durationMs)} ms
                </TD>
                <TD>
                  {d.response ? (
                    <code className="block max-w-[280px] truncate font-mono text-xs text-muted" title={d.response}>
                      {d.response}
                    </code>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
