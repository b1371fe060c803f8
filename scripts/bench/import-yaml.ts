// The catalogue-as-code file the benchmark imports: `entities` entities across `teams` new teams,
// in the scale data's proportions (per 100: 4 data sources, 71 features, 7 models, 18 consumers),
// with lineage — each feature derived from a source, each model using four features, each
// consumer consuming a model and half of them writing back to a source. Deterministic; every
// name carries `prefix`, so each run imports entities that do not exist yet. Pure.

export interface ImportFileOptions {
  prefix: string;
  entities: number;
  teams: number;
}

export interface ImportFile {
  text: string;
  counts: { teams: number; sources: number; features: number; models: number; consumers: number; relations: number };
}

const pad = (i: number) => String(i).padStart(5, "0");

export function importYaml({ prefix, entities, teams }: ImportFileOptions): ImportFile {
  const sources = Math.max(1, Math.round(entities * 0.04));
  const models = Math.max(1, Math.round(entities * 0.07));
  const consumers = Math.max(1, Math.round(entities * 0.18));
  const features = Math.max(1, entities - sources - models - consumers);
  const team = (i: number) => `${prefix}-team-${i % teams}`;
  const source = (i: number) => `${prefix}-source-${pad(i % sources)}`;
  const feature = (i: number) => `${prefix}-feature-${pad(i % features)}`;
  const model = (i: number) => `${prefix}-model-${pad(i % models)}`;
  const docs: string[] = [];
  let relations = 0;

  for (let t = 0; t < teams; t++) {
    docs.push(
      `apiVersion: debtboard/v1\nkind: Team\nmetadata: { name: ${team(t)} }\nspec: { displayName: Bench import team ${t} }`,
    );
  }
  for (let i = 0; i < sources; i++) {
    docs.push(
      `apiVersion: debtboard/v1\nkind: DataSource\nmetadata: { name: ${source(i)} }\nspec: { owner: ${team(i)}, lifecycle: production, system: BigQuery, versioned: ${i % 3 === 0} }`,
    );
  }
  for (let i = 0; i < features; i++) {
    relations++;
    docs.push(
      `apiVersion: debtboard/v1\nkind: Feature\nmetadata: { name: ${feature(i)}, description: Feature ${i} ` +
        `of the import benchmark }\nspec: { owner: ${team(i)}, dataType: numeric, derivedFrom: [source:${source(i)}] ` +
        `}`,
    );
  }
  for (let i = 0; i < models; i++) {
    const uses = [0, 1, 2, 3].map((j) => `feature:${feature(i * 4 + j)}`);
    relations += new Set(uses).size;
    docs.push(
      `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: ${model(i)}, tags: [bench] }\nspec:\n  owner: ` +
        `${team(i)}\n  lifecycle: production\n  servingMode: online\n  framework: xgboost\n  uses: [${[...new Set(uses)].join(", ")}]`,
    );
  }
  for (let i = 0; i < consumers; i++) {
    const writesTo = i % 2 === 0 ? `, writesTo: [source:${source(i + 1)}]` : "";
    relations += i % 2 === 0 ? 2 : 1;
    docs.push(
      `apiVersion: debtboard/v1\nkind: Consumer\nmetadata: { name: ${prefix}-consumer-${pad(i)} }\nspec: { owner: ${team(i)}, consumerType: service, consumes: [model:${model(i)}]${writesTo} }`,
    );
  }
  return { text: `${docs.join("\n---\n")}\n`, counts: { teams, sources, features, models, consumers, relations } };
}
