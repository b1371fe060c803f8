import { describe, expect, it } from "vitest";
import { parseCatalogFiles } from "./parse-catalog-files";
import { catalogToYaml } from "./to-yaml";
import { catalogToCsv, csvCell } from "./to-csv";

const source = `apiVersion: debtboard/v1
kind: Team
metadata: { name: team-ranking, description: Ranks things }
spec: { displayName: Ranking }
---
apiVersion: debtboard/v1
kind: Model
metadata:
  name: ctr-v3
  title: CTR v3
  tags: [ads]
  links: [{ type: repository, url: "https://git.example/ctr" }]
spec: { owner: team-ranking, lifecycle: production, framework: xgboost, calibratedOutputs: true, uses: [feature:clicks-7d] }
---
apiVersion: debtboard/v1
kind: Feature
metadata: { name: clicks-7d, description: "Clicks, 7 days, \\"rolling\\"" }
spec: { owner: team-ranking, derivedFrom: [source:events.clicks] }
---
apiVersion: debtboard/v1
kind: DataSource
metadata: { name: events.clicks }
spec: { owner: null, freshnessSlaHours: 24 }
---
apiVersion: debtboard/v1
kind: Consumer
metadata: { name: bidder }
spec: { owner: team-ranking, consumerType: policy, consumes: [ctr-v3], writesTo: [events.clicks] }
`;

describe("catalogToYaml", () => {
  it("round-trips: export of a parsed batch parses to the same batch", () => {
    const a = parseCatalogFiles([{ file: "a.yaml", text: source }]);
    expect(a.issues).toEqual([]);
    const yaml = catalogToYaml(
      a.teams.map((t) => t.value),
      a.entities.map((e) => e.value),
      a.relations,
    );
    const b = parseCatalogFiles([{ file: "b.yaml", text: yaml }]);
    expect(b.issues).toEqual([]);
    expect(b.teams.map((t) => t.value)).toEqual(a.teams.map((t) => t.value));
    expect(b.entities.map((e) => e.value)).toEqual(a.entities.map((e) => e.value));
    const rel = (r: (typeof a.relations)[number]) => `${r.kind} ${r.from.name} ${r.to.name}`;
    expect(b.relations.map(rel).sort()).toEqual(a.relations.map(rel).sort());
  });
});

describe("catalogToCsv", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["=SUM(A1)", "'=SUM(A1)"],
  ])("quotes %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes a header and one row per entity with its lineage", () => {
    const a = parseCatalogFiles([{ file: "a.yaml", text: source }]);
    const csv = catalogToCsv(
      a.entities.map((e) => e.value),
      a.relations,
    ).split("\r\n");
    expect(csv[0]).toBe("kind,name,title,team,lifecycle,tags,description,upstream,downstream");
    expect(csv[1]).toBe("MODEL,ctr-v3,CTR v3,team-ranking,PRODUCTION,ads,,feature:clicks-7d,consumer:bidder");
    expect(csv[2]).toBe(
      'FEATURE,clicks-7d,,team-ranking,EXPERIMENTAL,,"Clicks, 7 days, ""rolling""",source:events.clicks,model:ctr-v3',
    );
  });
});
