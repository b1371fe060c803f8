import { describe, expect, test } from "vitest";
import { linkLabel, parseEntityLinks, type EntityLinkItem } from "./entity-links";

describe("parseEntityLinks", () => {
  test.each<[string, unknown, EntityLinkItem[]]>([
    ["not an array", { url: "https://x" }, []],
    ["null", null, []],
    ["empty", [], []],
    [
      "a valid link",
      [{ type: "repository", url: "https://git.example.com/a" }],
      [{ type: "repository", url: "https://git.example.com/a", title: null }],
    ],
    [
      "title kept, trimmed",
      [{ type: "dashboard", url: "http://g/d", title: " Grafana " }],
      [{ type: "dashboard", url: "http://g/d", title: "Grafana" }],
    ],
    ["unknown type → other", [{ type: "wiki", url: "https://w" }], [{ type: "other", url: "https://w", title: null }]],
    ["javascript: url skipped", [{ type: "other", url: "javascript:alert(1)" }], []],
    ["missing url skipped", [{ type: "runbook" }, "https://bare-string", 3, null], []],
    [
      "blank title → null",
      [{ type: "runbook", url: "https://r", title: "  " }],
      [{ type: "runbook", url: "https://r", title: null }],
    ],
  ])("%s", (_name, value, want) => expect(parseEntityLinks(value)).toEqual(want));
});

describe("linkLabel", () => {
  test.each<[EntityLinkItem, string]>([
    [{ type: "training-run", url: "https://x", title: null }, "Training run"],
    [{ type: "repository", url: "https://x", title: null }, "Repository"],
    [{ type: "dashboard", url: "https://x", title: "Latency" }, "Latency"],
  ])("%j → %s", (link, want) => expect(linkLabel(link)).toBe(want));
});
