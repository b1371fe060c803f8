// Presenter mode's pagination: a section whose rows would not fit one 1280 × 720 screen is split
// across as many slides as it needs, `perSlide` rows each, so nothing is ever below the fold and
// nothing is left out ("and 12 more" was the old answer). The summary is one slide; the score
// table repeats its total line on every part; the action-items section pages its two columns
// (overdue, done) side by side.
import type { AgendaSection } from "./agenda";

export interface SlidePart<T> {
  /** What this slide shows: the section (or list) with only this part's rows. */
  content: T;
  /** 1-based. */
  part: number;
  parts: number;
}

/** Splits `rows` into pages of `perSlide` (at least one page, possibly empty). */
export function chunk<T>(rows: readonly T[], perSlide: number): T[][] {
  const size = Math.max(1, Math.floor(perSlide));
  const pages: T[][] = [];
  for (let i = 0; i < rows.length; i += size) pages.push(rows.slice(i, i + size));
  return pages.length ? pages : [[]];
}

function parts<T>(contents: readonly T[]): SlidePart<T>[] {
  return contents.map((content, i) => ({ content, part: i + 1, parts: contents.length }));
}

export function paginateSection(section: AgendaSection, perSlide: number): SlidePart<AgendaSection>[] {
  switch (section.key) {
    case "summary":
      return parts([section]);
    case "scores": {
      const total = section.rows.filter((r) => r.group === "total");
      const changes = section.rows.filter((r) => r.group !== "total");
      return parts(chunk(changes, perSlide - total.length).map((rows) => ({ ...section, rows: [...total, ...rows] })));
    }
    case "action-items": {
      const overdue = chunk(section.overdue, perSlide);
      const done = chunk(section.done, perSlide);
      const count = Math.max(overdue.length, done.length);
      return parts(
        Array.from({ length: count }, (_, i) => ({ ...section, overdue: overdue[i] ?? [], done: done[i] ?? [] })),
      );
    }
    case "new-findings":
    case "resolved-findings":
    case "worse":
    case "hotspots":
    case "stale": {
      // Each variant rebuilt with its own rows keeps the discriminated union intact.
      const pages = chunk<(typeof section.rows)[number]>(section.rows, perSlide);
      return parts(pages.map((rows) => ({ ...section, rows }) as AgendaSection));
    }
  }
}

/** "New findings (2 of 3)"; a one-slide section keeps its plain title. */
export function partTitle(title: string, part: { part: number; parts: number }): string {
  return part.parts > 1 ? `${title} (${part.part} of ${part.parts})` : title;
}
