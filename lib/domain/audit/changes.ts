// What an audit event changed, as field-by-field pairs for display: keys of `before` and
// `after` (JSON objects), in a stable order, with values shown compactly.
export interface AuditChange {
  field: string;
  from: string | null;
  to: string | null;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function showValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function auditChanges(before: unknown, after: unknown, limit = 8): AuditChange[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const out: AuditChange[] = [];
  for (const field of keys) {
    const from = showValue(b[field]);
    const to = showValue(a[field]);
    if (from === to && field in b) continue;
    out.push({ field, from, to });
    if (out.length >= limit) break;
  }
  return out;
}

/** Past-tense phrases for actions we know; add yours here. */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  "auth.sign-in": "Signed in",
  "user.org-role.update": "Changed organisation role",
  "membership.add": "Added to team",
  "membership.update": "Changed team role",
  "membership.remove": "Removed from team",
  "token.create": "Created API token",
  "token.revoke": "Revoked API token",
  "webhook.create": "Created webhook",
  "webhook.enable": "Enabled webhook",
  "webhook.disable": "Disabled webhook",
  "webhook.delete": "Deleted webhook",
  "webhook.test": "Sent webhook test event",
  "team.create": "Created team",
  "import.apply": "Applied catalogue import",
  "assessment.submit": "Submitted assessment",
  "assessment.ready-for-review": "Marked draft ready for review",
  "assessment.withdraw-from-review": "Withdrew draft from review",
  "review.start": "Started review",
  "review.close": "Closed review",
  "review.reopen": "Reopened review",
  "action.create": "Created action item",
};

/** "token.create" → "Created API token"; an unknown "entity.update" → "Entity update". */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/[.-]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
