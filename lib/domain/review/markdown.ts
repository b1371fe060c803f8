// A review as Markdown, for pasting into a wiki or a planning ticket: the agenda's sections with
// their rows, the notes and decisions taken on each, and the action items the review created.
import { formatDate } from "@/lib/domain/format/date";
import { enumLabel } from "@/lib/domain/format/labels";
import { formatDays, formatPercent } from "@/lib/domain/format/number";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { SECTION_TITLES, type AgendaSection, type ScorePoint } from "./agenda";
import type { EntityRef } from "./state";
import { notesFor, scopeLabel, type ReviewView } from "./view";

/** "C · 12 % · 40.5 d"; null → "not assessed". */
export function scorePointText(p: ScorePoint | null): string {
  if (!p || p.rating === null) return p ? `not assessed · ${formatDays(p.principalDays)}` : "not assessed";
  return `${p.rating} · ${formatPercent(p.ratio)} · ${formatDays(p.principalDays)}`;
}

/** Principal moved by: "+3 d", "−1.5 d", "±0 d". */
export function principalDelta(before: ScorePoint | null, after: ScorePoint | null): string {
  const d = (after?.principalDays ?? 0) - (before?.principalDays ?? 0);
  if (Math.abs(d) < 0.05) return `±${formatDays(0)}`;
  return `${d > 0 ? "+" : "−"}${formatDays(Math.abs(d))}`;
}

export function entityText(e: EntityRef): string {
  return `${KIND_LABELS[e.kind].one} ${text(e.name)}${e.team ? ` (${text(e.team)})` : ""}`;
}

/**
 * People's text (titles, names, notes) as literal Markdown: HTML cannot pass through as tags
 * (`<` `>` `&` become entities), brackets cannot open a link or image (so no `javascript:`
 * target survives), emphasis and code characters stay characters, and a newline cannot start
 * a block of its own.
 */
export function text(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]]/g, "\\$&")
    .replace(/\s*\n\s*/g, " ");
}

const iso = (s: string | null) => (s ? new Date(s) : null);

/** Markdown's table cells may hold no pipes or newlines. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
}

function sectionBody(section: AgendaSection): string[] {
  switch (section.key) {
    case "summary": {
      const c = section.counts;
      return [
        `Debt: ${scorePointText(section.total.before)} → ${scorePointText(section.total.after)} (principal ${principalDelta(section.total.before, section.total.after)})`,
        "",
        `- ${c.scoreChanges} rating or principal changes`,
        `- ${c.newFindings} new findings, ${c.resolvedFindings} resolved`,
        `- ${c.worse} checklist items got worse`,
        `- ${c.stale} assessments went stale`,
        `- ${c.overdue} action items overdue, ${c.done} done`,
      ];
    }
    case "scores":
      return table(
        ["Scope", "Before", "Now", "Principal"],
        section.rows.map((r) => [
          r.group === "category" ? `Category: ${r.label}` : r.label,
          scorePointText(r.before),
          scorePointText(r.after),
          principalDelta(r.before, r.after),
        ]),
      );
    case "new-findings":
    case "resolved-findings":
      return section.rows.length === 0
        ? ["None."]
        : table(
            ["Finding", "Kind", "Entity"],
            section.rows.map((f) => [text(f.title), enumLabel(f.kind), f.entity ? entityText(f.entity) : "—"]),
          );
    case "worse":
      return section.rows.length === 0
        ? ["None."]
        : table(
            ["Entity", "Item", "Was", "Now"],
            section.rows.map((w) => [
              entityText(w.entity),
              text(w.question),
              w.before ? enumLabel(w.before) : "No debt",
              enumLabel(w.value),
            ]),
          );
    case "stale":
      return [
        ...(section.rows.length === 0
          ? ["None went stale."]
          : table(
              ["Entity", "Last assessed"],
              section.rows.map((s) => [
                entityText(s.entity),
                s.lastSubmittedAt ? formatDate(iso(s.lastSubmittedAt)) : "never",
              ]),
            )),
        "",
        `${section.total} stale in all.`,
      ];
    case "hotspots":
      return section.rows.length === 0
        ? ["None."]
        : table(
            ["Entity", "Debt ratio", "Principal", "New"],
            section.rows.map((h) => [
              entityText(h.entity),
              formatPercent(h.ratio),
              formatDays(h.principalDays),
              h.isNew ? "new" : "",
            ]),
          );
    case "action-items": {
      const row = (a: (typeof section.overdue)[number]) => [
        text(a.title),
        a.owner ? text(a.owner) : "—",
        a.dueDate ? formatDate(iso(a.dueDate)) : "—",
        enumLabel(a.status),
      ];
      return [
        "Overdue:",
        "",
        ...(section.overdue.length === 0
          ? ["None."]
          : table(["Action item", "Owner", "Due", "Status"], section.overdue.map(row))),
        "",
        "Done:",
        "",
        ...(section.done.length === 0
          ? ["None."]
          : table(["Action item", "Owner", "Due", "Status"], section.done.map(row))),
      ];
    }
  }
}

function notesBlock(view: ReviewView, key: string): string[] {
  const notes = notesFor(view, key);
  if (notes.length === 0) return [];
  return [
    "",
    ...notes.map(
      (n) =>
        `- **${n.kind === "DECISION" ? "Decision" : "Note"}:** ${text(n.body)}${n.author ? ` — ${text(n.author)}` : ""}`,
    ),
  ];
}

export function renderReviewMarkdown(view: ReviewView): string {
  const out: string[] = [
    `# ${text(view.title)}`,
    "",
    `- Scope: ${text(scopeLabel(view))}`,
    `- Period: ${formatDate(iso(view.periodStart))} – ${formatDate(iso(view.periodEnd))}`,
    `- Status: ${view.status === "CLOSED" ? `closed ${formatDate(iso(view.closedAt))}` : "in progress"}`,
  ];
  for (const [i, l] of (view.legacy ?? []).entries())
    out.push("", `## ${i + 1}. ${text(l.title)}`, ...notesBlock(view, l.section));
  for (const [i, section] of view.sections.entries()) {
    out.push(
      "",
      `## ${i + 1}. ${SECTION_TITLES[section.key]}`,
      "",
      ...sectionBody(section),
      ...notesBlock(view, section.key),
    );
  }
  out.push("", "## Action items from this review", "");
  if (view.actionItems.length === 0) out.push("None.");
  else
    out.push(
      ...table(
        ["Action item", "Owner", "Due", "Status"],
        view.actionItems.map((a) => [
          text(a.title),
          a.owner ? text(a.owner) : "—",
          a.dueDate ? formatDate(iso(a.dueDate)) : "—",
          enumLabel(a.status),
        ]),
      ),
    );
  return `${out.join("\n")}\n`;
}
