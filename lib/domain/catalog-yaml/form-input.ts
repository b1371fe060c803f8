// Entity forms post flat fields ("model.framework", "links.repository", "tags" as one line); this
// turns them into the JSON shape the API takes, so both go through the same zod schema, and maps
// the schema's error paths back onto the form's field names.
import { LINK_TYPES } from "@/lib/domain/format/entity-links";

/** The link fields the form offers, one per named type; "other" links ride along in a hidden field. */
export const FORM_LINK_TYPES = LINK_TYPES.filter((t) => t !== "other");

type Form = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");

export function entityFormToInput(form: Form): { input: Record<string, unknown>; linkField: string[] } {
  const kindKey = { MODEL: "model", FEATURE: "feature", DATA_SOURCE: "dataSource", CONSUMER: "consumer" }[
    str(form.kind)
  ];
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(form))
    if (kindKey && k.startsWith(`${kindKey}.`)) own[k.slice(kindKey.length + 1)] = v;
  // Checkboxes: present = on; absent = off (the form renders them all).
  for (const flag of ["calibratedOutputs", "nullable", "versioned"])
    if (kindKey && flag in BOOLEANS[kindKey]!) own[flag] = own[flag] === "on";
  if ("freshnessSlaHours" in own)
    own.freshnessSlaHours = str(own.freshnessSlaHours).trim() === "" ? null : Number(own.freshnessSlaHours);

  const links: { type: string; url: string; title?: string }[] = [];
  const linkField: string[] = [];
  for (const type of FORM_LINK_TYPES) {
    const url = str(form[`links.${type}`]).trim();
    if (!url) continue;
    links.push({ type, url });
    linkField.push(`links.${type}`);
  }
  try {
    for (const l of JSON.parse(str(form["links.other"]) || "[]") as { url: string; title?: string }[]) {
      links.push({ type: "other", ...l });
      linkField.push("links.other");
    }
  } catch {
    // A tampered hidden field loses only the extra links.
  }
  const input: Record<string, unknown> = {
    kind: form.kind,
    name: form.name,
    title: form.title,
    description: form.description,
    team: str(form.team) === "" ? null : form.team,
    lifecycle: form.lifecycle,
    tags: str(form.tags)
      .split(/[,\s]+/)
      .filter(Boolean),
    links,
    ...(kindKey ? { [kindKey]: own } : {}),
    ...(form.version !== undefined ? { version: form.version } : {}),
  };
  return { input, linkField };
}

const BOOLEANS: Record<string, Record<string, true>> = {
  model: { calibratedOutputs: true },
  feature: { nullable: true },
  dataSource: { versioned: true },
  consumer: {},
};

/** `links.2.url` → the form field that produced link 2; other paths stay as they are. */
export function formFieldErrors(errors: Record<string, string[]>, linkField: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(errors)) {
    const m = /^links\.(\d+)/.exec(path);
    const key = m ? (linkField[Number(m[1])] ?? "links") : path;
    (out[key] ??= []).push(...messages);
  }
  return out;
}
