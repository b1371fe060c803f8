import { describe, expect, it } from "vitest";
import { countYamlDocuments, MAX_IMPORT_DOCUMENTS, parseCatalogFiles } from "./parse-catalog-files";
import { formatIssue } from "./types";

const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: debtboard/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const one = (text: string) => parseCatalogFiles([{ file: "cat.yaml", text }]);

describe("parseCatalogFiles: debtboard/v1", () => {
  it("reads several documents per file, with relations in data-flow direction", () => {
    const text = [
      doc("Team", "team-ranking", "  displayName: Ranking"),
      doc("DataSource", "events.clicks", "  owner: team-ranking\n  system: BigQuery\n  versioned: true"),
      doc(
        "Feature",
        "clicks-7d",
        "  owner: team-ranking\n  dataType: numeric\n  derivedFrom: [source:events.clicks, model:ctr-v2]",
      ),
      doc(
        "Model",
        "ctr-v3",
        "  owner: team-ranking\n  lifecycle: production\n  servingMode: online\n  uses: [feature:clicks-7d, ctr-extra]",
      ),
      doc("Consumer", "bidder", "  owner: team-ranking\n  consumes: [model:ctr-v3]\n  writesTo: [source:events.bids]"),
    ].join("\n---\n");
    const b = one(text);
    expect(b.issues).toEqual([]);
    expect(b.teams.map((t) => t.value)).toEqual([{ name: "team-ranking", title: "Ranking", description: "" }]);
    expect(b.entities.map((e) => `${e.value.kind}:${e.value.name}:${e.value.lifecycle}:${e.value.team}`)).toEqual([
      "DATA_SOURCE:events.clicks:EXPERIMENTAL:team-ranking",
      "FEATURE:clicks-7d:EXPERIMENTAL:team-ranking",
      "MODEL:ctr-v3:PRODUCTION:team-ranking",
      "CONSUMER:bidder:EXPERIMENTAL:team-ranking",
    ]);
    expect(b.relations.map((r) => `${r.kind} ${r.from.name}→${r.to.name}`)).toEqual([
      "FEATURE_FROM_SOURCE events.clicks→clicks-7d",
      "FEATURE_FROM_MODEL ctr-v2→clicks-7d",
      "MODEL_USES_FEATURE clicks-7d→ctr-v3",
      "MODEL_USES_FEATURE ctr-extra→ctr-v3",
      "CONSUMER_READS_MODEL ctr-v3→bidder",
      "CONSUMER_WRITES_SOURCE bidder→events.bids",
    ]);
    const model = b.entities[2]?.value;
    expect(model?.kind === "MODEL" && model.model.servingMode).toBe("ONLINE");
  });

  it("reads lineage between data sources and from a data source to a consumer (dbt's models and exposures)", () => {
    const text = [
      doc("DataSource", "shop.stg_orders", "  derivedFrom: [source:shop.raw.orders, shop.seed]"),
      doc("Consumer", "churn-dashboard", "  consumerType: dashboard\n  reads: [shop.stg_orders]"),
    ].join("\n---\n");
    const b = one(text);
    expect(b.issues).toEqual([]);
    expect(b.relations.map((r) => `${r.kind} ${r.from.name}→${r.to.name} (${r.owner.name})`)).toEqual([
      "SOURCE_FROM_SOURCE shop.raw.orders→shop.stg_orders (shop.stg_orders)",
      "SOURCE_FROM_SOURCE shop.seed→shop.stg_orders (shop.stg_orders)",
      "CONSUMER_READS_SOURCE shop.stg_orders→churn-dashboard (churn-dashboard)",
    ]);
  });

  // Every error names the file, the document (index, kind and name) and the field path.
  it.each([
    [
      "unknown kind",
      "apiVersion: debtboard/v1\nkind: Widget\nmetadata:\n  name: w\nspec: {}",
      "cat.yaml › document 1 (Widget w) › kind: Unknown kind",
    ],
    [
      "wrong apiVersion",
      "apiVersion: v2\nkind: Model\nmetadata:\n  name: m\n",
      "cat.yaml › document 1 (Model m) › apiVersion:",
    ],
    ["bad name", doc("Model", "'bad name'", "  task: x"), "cat.yaml › document 1 (Model bad name) › metadata.name:"],
    [
      "bad lifecycle",
      doc("Model", "m", "  lifecycle: alive"),
      "cat.yaml › document 1 (Model m) › spec.lifecycle: Use one of",
    ],
    [
      "unknown spec field",
      doc("Model", "m", "  framwork: torch"),
      "cat.yaml › document 1 (Model m) › spec: Unknown field framwork.",
    ],
    ["bad owner", doc("Model", "m", "  owner: Team Ranking"), "cat.yaml › document 1 (Model m) › spec.owner:"],
    [
      "wrong ref kind",
      doc("Model", "m", "  uses: [source:events]"),
      "cat.yaml › document 1 (Model m) › spec.uses.0: uses may only name feature",
    ],
    [
      "derivedFrom needs prefix",
      doc("Feature", "f", "  derivedFrom: [events]"),
      'cat.yaml › document 1 (Feature f) › spec.derivedFrom.0: "events" needs a kind prefix',
    ],
    [
      "bad link",
      "apiVersion: debtboard/v1\nkind: Model\nmetadata:\n  name: m\n  links: [{url: 'ftp://x'}]\nspec: {}",
      "cat.yaml › document 1 (Model m) › metadata.links.0.url: Use an http(s) address.",
    ],
    [
      "bad number",
      doc("DataSource", "s", "  freshnessSlaHours: soon"),
      "cat.yaml › document 1 (DataSource s) › spec.freshnessSlaHours:",
    ],
    ["not yaml", "kind: [unclosed", "cat.yaml › document 1 › (document): Not valid YAML"],
    [
      "duplicate",
      `${doc("Model", "m", "  task: a")}\n---\n${doc("Model", "m", "  task: b")}`,
      "cat.yaml › document 2 (Model m) › metadata.name: model m is already described in cat.yaml document 1.",
    ],
  ])("%s", (_label, text, expected) => {
    const b = one(text);
    expect(b.issues.map(formatIssue).join("\n")).toContain(expected);
  });

  it("ignores an empty trailing document", () => {
    expect(one(`${doc("Model", "m", "  task: a")}\n---\n`).issues).toEqual([]);
  });
});

describe("parseCatalogFiles: Backstage", () => {
  const files = [
    {
      file: "backstage/catalog-info.yaml",
      text: `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: team-a
spec:
  type: team
  profile: { displayName: Team A }
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: engineering }
spec: { type: department, children: [team-a] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: jdoe }
spec: { profile: { email: jdoe@example.com }, memberOf: [team-a, group:default/unknown-dept] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: churn-model, links: [{ url: "https://git.example/churn", title: Repo, icon: github }] }
spec: { type: ml-model, lifecycle: production, owner: group:default/team-a, dependsOn: [resource:default/churn-features, resource:warehouse.events, component:web-app], providesApis: [churn-api] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: web-app }
spec: { type: service, lifecycle: production, owner: team-a, consumesApis: [churn-api] }
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: { name: churn-features }
spec: { type: ml-feature, owner: team-a, dependsOn: [resource:warehouse.events] }
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: { name: warehouse.events }
spec: { type: database, owner: user:jdoe }
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: churn-api }
spec: { type: openapi, lifecycle: production, owner: team-a, definition: "openapi: 3.0.0" }
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: churn }
spec: { owner: team-a }
`,
    },
  ];

  it("maps groups, users, model components and resources; lists everything it skips", () => {
    const b = parseCatalogFiles(files);
    expect(b.issues).toEqual([]);
    expect(b.teams.map((t) => `${t.value.name}:${t.value.title}`)).toEqual(["team-a:Team A"]);
    expect(b.memberships.map((m) => `${m.user}@${m.team}`)).toEqual([
      "jdoe@example.com@team-a",
      "jdoe@example.com@unknown-dept",
    ]);
    expect(b.entities.map((e) => `${e.value.kind}:${e.value.name}:${e.value.team}`)).toEqual([
      "MODEL:churn-model:team-a",
      "FEATURE:churn-features:team-a",
      "DATA_SOURCE:warehouse.events:null",
    ]);
    expect(b.relations.map((r) => `${r.kind} ${r.from.name}→${r.to.name}`)).toEqual([
      "MODEL_USES_FEATURE churn-features→churn-model",
      "FEATURE_FROM_SOURCE warehouse.events→churn-features",
    ]);
    const reasons = b.skipped.map((s) => `${s.index} ${s.kind} ${s.name}: ${s.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2 Group engineering: Group of type "department" is not a team/),
        expect.stringMatching(
          /^4 Component churn-model: spec.dependsOn.1 → resource:warehouse.events: no debtboard relation/,
        ),
        expect.stringMatching(/^4 Component churn-model: spec.dependsOn.2 → component:web-app: does not map/),
        expect.stringMatching(/^5 Component web-app: Component of type "service" is not a model/),
        expect.stringMatching(/^7 Resource warehouse.events: Owner user:jdoe is not a team/),
        expect.stringMatching(/^8 API churn-api: API entities are not catalogued/),
        expect.stringMatching(/^9 System churn: Kind System is not catalogued/),
      ]),
    );
    expect(b.entities[0]?.value.links).toEqual([{ type: "other", url: "https://git.example/churn", title: "Repo" }]);
  });

  it("takes the model component types from the options", () => {
    const b = parseCatalogFiles(files, { modelTypes: ["service"], featureTypes: [] });
    expect(b.entities.map((e) => `${e.value.kind}:${e.value.name}`)).toContain("MODEL:web-app");
    expect(b.entities.map((e) => `${e.value.kind}:${e.value.name}`)).toContain("DATA_SOURCE:churn-features");
  });
});

describe("countYamlDocuments", () => {
  it.each([
    ["", 1],
    ["a: 1\n", 1],
    ["---\na: 1\n", 1],
    ["# comment\n---\na: 1\n", 1],
    ["a: 1\n---\nb: 2\n", 2],
    ["---\na: 1\n---\nb: 2\n---\n", 3],
    ["a: '---'\nb: ----\n", 1],
    ["--- # inline comment\na: 1\n---\r\nb: 2", 2],
  ])("%j → %i", (text, expected) => {
    expect(countYamlDocuments(text)).toBe(expected);
  });
});

describe("parseCatalogFiles: the document cap", () => {
  it("refuses a batch over MAX_IMPORT_DOCUMENTS without parsing it, naming the limit", () => {
    const doc = "apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: m }\nspec: { owner: t }\n";
    const perFile = Math.ceil((MAX_IMPORT_DOCUMENTS + 1) / 2);
    const text = Array.from({ length: perFile }, () => `---\n${doc}`).join("");
    const batch = parseCatalogFiles([
      { file: "a.yaml", text },
      { file: "b.yaml", text },
    ]);
    expect(batch.entities).toHaveLength(0);
    expect(batch.issues).toHaveLength(1);
    expect(batch.issues[0]?.message).toMatch(
      new RegExp(`${perFile * 2} YAML documents.*at most ${MAX_IMPORT_DOCUMENTS}`),
    );
  });
});
