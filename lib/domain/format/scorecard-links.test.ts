import { expect, test } from "vitest";
import { assessmentHref, whyHref } from "./scorecard-links";

test.each([
  [whyHref({ entity: { kind: "MODEL", name: "ctr v3" } }), "/catalog/models/ctr%20v3/why"],
  [whyHref({ teamSlug: "team-ranking" }, "glue-code"), "/teams/team-ranking/why?category=glue-code"],
  [whyHref({ org: true }), "/why"],
  [assessmentHref("DATA_SOURCE", "events.clicks", 3), "/catalog/data-sources/events.clicks/assessments/3"],
])("%s", (href, expected) => expect(href).toBe(expected));
