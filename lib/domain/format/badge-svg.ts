// A shields.io-style status badge ("debt | C", "gate | passing") as SVG text: a grey label on the
// left, the message on its colour on the right, text with a shadow, an accessible <title>. Text
// widths are estimated per character (Verdana 11px, as shields draws it), so no font is needed.
import { RATINGS, type Rating } from "@/lib/domain/scoring/score";

/** Okabe–Ito-leaning, readable with white text: A green … E red. */
export const RATING_BADGE_COLOURS: Readonly<Record<Rating, string>> = {
  A: "#2e7d32",
  B: "#558b2f",
  C: "#a86b00",
  D: "#c2410c",
  E: "#c62828",
};
export const GATE_BADGE_COLOURS = { passing: "#2e7d32", failing: "#c62828", none: "#6b7280" } as const;
const LABEL_COLOUR = "#555";

// Rough Verdana 11px advance widths: narrow, wide and everything else.
const NARROW = new Set("fijlrt!|.,:;'()[] ");
const WIDE = new Set("mwMW@%");
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += NARROW.has(ch) ? 4 : WIDE.has(ch) ? 10 : /[A-Z0-9]/.test(ch) ? 7.5 : 6.5;
  return Math.ceil(w);
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

export function badgeSvg(label: string, message: string, colour: string): string {
  const lw = textWidth(label) + 12;
  const mw = textWidth(message) + 12;
  const w = lw + mw;
  const l = escapeXml(label);
  const m = escapeXml(message);
  const safeColour = /^#[0-9a-f]{3,8}$/i.test(colour) ? colour : LABEL_COLOUR;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${l}: ${m}">`,
    `<title>${l}: ${m}</title>`,
    `<linearGradient id="s" x2="0" y2="100%">`,
    `<stop offset="0" stop-color="#bbb" stop-opacity=".1"/>`,
    `<stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r">`,
    `<rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)">`,
    `<rect width="${lw}" height="20" fill="${LABEL_COLOUR}"/>`,
    `<rect x="${lw}" width="${mw}" height="20" fill="${safeColour}"/>`,
    `<rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="15" fill="#010101" fill-opacity=".3">${l}</text>`,
    `<text x="${lw / 2}" y="14">${l}</text>`,
    `<text x="${lw + mw / 2}" y="15" fill="#010101" fill-opacity=".3">${m}</text>`,
    `<text x="${lw + mw / 2}" y="14">${m}</text></g>`,
    `</svg>`,
  ].join("");
}

export function ratingBadge(rating: Rating | null): string {
  return rating && RATINGS.includes(rating)
    ? badgeSvg("debt", rating, RATING_BADGE_COLOURS[rating])
    : badgeSvg("debt", "not assessed", GATE_BADGE_COLOURS.none);
}

/** An entity's gate names its target; a team's or the organisation's, how many entities fail. */
export function gateBadge(status: "PASS" | "FAIL" | "NONE", target: Rating | null, failingCount?: number): string {
  if (status === "NONE") return badgeSvg("debt gate", "none", GATE_BADGE_COLOURS.none);
  if (status === "PASS")
    return badgeSvg("debt gate", target ? `passing ≥ ${target}` : "passing", GATE_BADGE_COLOURS.passing);
  const message = target ? `failing ≥ ${target}` : `${failingCount ?? 0} failing`;
  return badgeSvg("debt gate", message, GATE_BADGE_COLOURS.failing);
}
