import { describe, expect, it } from "vitest";
import { entityFormToInput, formFieldErrors } from "./form-input";

describe("entityFormToInput", () => {
  it("builds the API shape from flat form fields", () => {
    const { input, linkField } = entityFormToInput({
      kind: "DATA_SOURCE",
      name: "events",
      title: "",
      description: "d",
      team: "",
      lifecycle: "PRODUCTION",
      tags: "a, b c",
      "links.repository": "https://git/x",
      "links.runbook": "",
      "links.other": '[{"url":"https://o"}]',
      "dataSource.system": "Kafka",
      "dataSource.versioned": "on",
      "dataSource.freshnessSlaHours": "",
      "model.framework": "ignored",
      version: "3",
    });
    expect(input).toEqual({
      kind: "DATA_SOURCE",
      name: "events",
      title: "",
      description: "d",
      team: null,
      lifecycle: "PRODUCTION",
      tags: ["a", "b", "c"],
      links: [
        { type: "repository", url: "https://git/x" },
        { type: "other", url: "https://o" },
      ],
      dataSource: { system: "Kafka", versioned: true, freshnessSlaHours: null },
      version: "3",
    });
    expect(linkField).toEqual(["links.repository", "links.other"]);
  });

  it("maps link error paths back to the field that produced them", () => {
    expect(
      formFieldErrors({ "links.1.url": ["Use an http(s) address."], name: ["x"] }, [
        "links.repository",
        "links.dashboard",
      ]),
    ).toEqual({
      "links.dashboard": ["Use an http(s) address."],
      name: ["x"],
    });
  });
});
