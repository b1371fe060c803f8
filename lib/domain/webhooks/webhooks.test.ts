import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { WebhookEnvelope } from "./events";
import { escapeSlack, formatWebhookBody, slackText } from "./payload";
import { deliveryHeaders, newWebhookSecret, signedPayload, signWebhook } from "./signature";
import { checkWebhookUrl } from "./url";

const team = { id: "t1", slug: "team-ranking", name: "Ranking" };
const occurredAt = "2026-12-07T03:00:00.000Z";

const gate: WebhookEnvelope = {
  event: "gate.changed",
  occurredAt,
  team,
  data: {
    entity: {
      id: "e1",
      kind: "MODEL",
      name: "ctr-v2",
      lifecycle: "PRODUCTION",
      url: "https://db.example/catalog/models/ctr-v2",
    },
    previous: "PASS",
    status: "FAIL",
    rating: "D",
    target: "B",
    reason: "Rated D, worse than B, the organisation's target for production entities.",
    cause: "assessment",
  },
};
const findings = (count: number, titles: string[]): WebhookEnvelope => ({
  event: "findings.new",
  occurredAt,
  team,
  data: {
    count,
    findings: titles.map((title, i) => ({ id: `s${i}`, kind: "ORPHAN", title })),
    url: "https://db.example/findings?team=team-ranking&status=open",
  },
});
const review: WebhookEnvelope = {
  event: "review.closed",
  occurredAt,
  team,
  data: {
    review: {
      id: "r1",
      title: "Q4 <planning> & debt",
      url: "https://db.example/review/r1",
      periodStart: "2026-10-01T00:00:00.000Z",
      periodEnd: "2026-12-07T00:00:00.000Z",
      closedAt: occurredAt,
    },
    closedBy: "Mae",
    notes: 1,
    actionItems: 3,
  },
};
const ping: WebhookEnvelope = {
  event: "ping",
  occurredAt,
  team: { ...team, name: "R&D" },
  data: { message: "Test event from debtboard, sent by Mae.", url: "https://db.example/settings/webhooks" },
};

describe("Slack-compatible text", () => {
  it.each<[string, WebhookEnvelope, string]>([
    [
      "a gate starting to fail",
      gate,
      "[Ranking] The model ctr-v2 now fails its gate (it passed): Rated D, worse than B, the organisation's target for production entities. <https://db.example/catalog/models/ctr-v2|Open the entity>",
    ],
    [
      "a gate starting to pass",
      { ...gate, data: { ...gate.data, previous: "FAIL", status: "PASS", reason: "Rated A." } } as WebhookEnvelope,
      "[Ranking] The model ctr-v2 now passes its gate (it failed): Rated A. <https://db.example/catalog/models/ctr-v2|Open the entity>",
    ],
    [
      "a gate removed",
      { ...gate, data: { ...gate.data, previous: "FAIL", status: "NONE", reason: "No target." } } as WebhookEnvelope,
      "[Ranking] The model ctr-v2 has no gate any more (it failed): No target. <https://db.example/catalog/models/ctr-v2|Open the entity>",
    ],
    [
      "one new finding",
      findings(1, ["Feature f has no consumer"]),
      "[Ranking] 1 new finding: Feature f has no consumer. <https://db.example/findings?team=team-ranking&status=open|Open findings>",
    ],
    [
      "more findings than the line lists",
      findings(25, ["a", "b", "c", "d"]),
      "[Ranking] 25 new findings: a; b; c; and 22 more. <https://db.example/findings?team=team-ranking&status=open|Open findings>",
    ],
    [
      "a closed review (its title escaped)",
      review,
      "[Ranking] Review “Q4 &lt;planning&gt; &amp; debt” closed by Mae: 3 action items, 1 note. <https://db.example/review/r1|Open the review>",
    ],
    [
      "a test event (the team name escaped)",
      ping,
      "[R&amp;D] Test event from debtboard, sent by Mae. <https://db.example/settings/webhooks|Open webhooks>",
    ],
  ])("%s", (_name, envelope, expected) => {
    expect(slackText(envelope)).toBe(expected);
    expect(JSON.parse(formatWebhookBody(envelope, "SLACK"))).toEqual({ text: expected });
  });

  it.each([
    ["a < b", "a &lt; b"],
    ["x & y > z", "x &amp; y &gt; z"],
    ["plain", "plain"],
  ])("escapes %j", (text, expected) => {
    expect(escapeSlack(text)).toBe(expected);
  });
});

describe("JSON body", () => {
  it.each([gate, findings(2, ["a", "b"]), review, ping])(
    "is the envelope in a fixed key order ($event)",
    (envelope) => {
      const shuffled = {
        data: envelope.data,
        team: { name: envelope.team.name, slug: envelope.team.slug, id: envelope.team.id },
        occurredAt,
        event: envelope.event,
      } as unknown as WebhookEnvelope;
      const body = formatWebhookBody(shuffled, "JSON");
      expect(JSON.parse(body)).toEqual(envelope);
      expect(Object.keys(JSON.parse(body))).toEqual(["event", "occurredAt", "team", "data"]);
      expect(body).toBe(formatWebhookBody(envelope, "JSON"));
    },
  );
});

describe("signing", () => {
  const hmac = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("hex");
  it.each([
    ["whsec_a", 1_765_000_000, '{"event":"ping"}'],
    ["whsec_b", 1_765_000_001, '{"text":"héllo ✓"}'],
    ["k", 0, ""],
  ])("signs %s at %i over '<timestamp>.<body>'", (secret, timestamp, body) => {
    expect(signedPayload(timestamp, body)).toBe(`${timestamp}.${body}`);
    expect(signWebhook(secret, timestamp, body)).toBe(`sha256=${hmac(secret, `${timestamp}.${body}`)}`);
  });

  it("changes with the body, the timestamp and the secret", () => {
    const base = signWebhook("s", 1, "b");
    expect(signWebhook("s", 1, "b ")).not.toBe(base);
    expect(signWebhook("s", 2, "b")).not.toBe(base);
    expect(signWebhook("t", 1, "b")).not.toBe(base);
  });

  it("puts the signature, timestamp, event and delivery id in the headers", () => {
    const headers = deliveryHeaders({ secret: "s", timestamp: 42, body: "{}", event: "ping", deliveryId: "d" });
    expect(headers).toEqual({
      "Content-Type": "application/json",
      "User-Agent": "debtboard-webhooks",
      "X-Debtboard-Event": "ping",
      "X-Debtboard-Delivery": "d",
      "X-Debtboard-Timestamp": "42",
      "X-Debtboard-Signature": `sha256=${hmac("s", "42.{}")}`,
    });
  });

  it("makes a new 32-byte secret each time", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});

describe("webhook addresses", () => {
  it.each<[string, string | RegExp]>([
    ["https://hooks.slack.com/services/T/B/X", "https://hooks.slack.com/services/T/B/X"],
    ["  https://example.com  ", "https://example.com/"],
    ["http://localhost:8080/hook", "http://localhost:8080/hook"],
    ["http://127.0.0.1:9000/x", "http://127.0.0.1:9000/x"],
    ["http://[::1]:9000/x", "http://[::1]:9000/x"],
    ["http://example.com/hook", /plain http is allowed only to localhost or 127\.0\.0\.1/],
    ["http://127.0.0.2/hook", /plain http is allowed only/],
    ["ftp://example.com/", /sent over https, not ftp/],
    ["file:///etc/passwd", /sent over https, not file/],
    ["javascript:alert(1)", /sent over https, not javascript/],
    ["example.com/hook", /not a web address/],
    ["", /Enter the address/],
    ["https://u:p@example.com/", /user names and passwords/],
    [`https://example.com/${"a".repeat(2000)}`, /longer than 2000/],
  ])("%j", (input, expected) => {
    const result = checkWebhookUrl(input);
    if (typeof expected === "string") expect(result).toEqual({ ok: true, url: expected });
    else {
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.message).toMatch(expected);
    }
  });
});
