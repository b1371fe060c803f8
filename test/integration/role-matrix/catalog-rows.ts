// Rows for the catalogue (lib/server/catalog): entities, relations, import, usage and teams.
// Entity, relation and import forms post to lib/server/catalog/actions.ts, which reshapes the form's
// fields before runAuthorized, so those rows run that server action rather than defineAction.
// Team forms post to lib/server/teams/actions.ts; their rows run those server actions too.
// Over the API a team token acts as its team's maintainer, so it may what the maintainer may.
import { POST as postImport } from "@/app/api/v1/catalog/import/route";
import { DELETE as deleteEntity, PUT as putEntity } from "@/app/api/v1/entities/[kind]/[name]/route";
import { POST as postEntity } from "@/app/api/v1/entities/route";
import { DELETE as deleteRelation, POST as postRelation } from "@/app/api/v1/relations/route";
import { DELETE as deleteTeam, PUT as putTeam } from "@/app/api/v1/teams/[team]/route";
import { POST as postTeam } from "@/app/api/v1/teams/route";
import { POST as postUsage } from "@/app/api/v1/usage/route";
import { POST as postLineage } from "@/app/api/v1/lineage/route";
import { entityNameFor } from "@/lib/domain/openlineage/map-events";
import { importUpload, linkEntity, saveEntity, setArchived, unlinkEntity } from "@/lib/server/catalog/actions";
import { saveNewTeam, saveTeam, setTeamArchived } from "@/lib/server/teams/actions";
import type { EntityKind } from "@/lib/domain/kinds";
import { archiveEntity } from "@/lib/server/catalog/archive-entity";
import { archiveRelation } from "@/lib/server/catalog/archive-relation";
import { archiveTeam } from "@/lib/server/teams/archive-team";
import { createEntity } from "@/lib/server/catalog/create-entity";
import { createRelation } from "@/lib/server/catalog/create-relation";
import { createTeam } from "@/lib/server/teams/create-team";
import { importCatalog, importCatalogAction, importInputSchema } from "@/lib/server/catalog/import-catalog";
import { recordUsage } from "@/lib/server/catalog/record-usage";
import { recordLineage } from "@/lib/server/catalog/record-lineage";
import { updateEntity } from "@/lib/server/catalog/update-entity";
import { updateTeam } from "@/lib/server/teams/update-team";
import { db } from "@/lib/server/db/client";
import * as factories from "@/lib/server/seed/factories";
import { createTeam as makeTeam, uniq } from "../support/people";
import type { MatrixRow, ServerAction, World } from "./types";

const TEAM_WRITERS = ["admin", "maintainer"] as const;
const TEAM_WRITERS_API = ["admin", "maintainer", "teamToken"] as const;

const auditCount = (targetId: string) => db().auditEvent.count({ where: { targetId } });
const entityState = async (id: string) => ({
  entity: await db().entity.findUnique({
    where: { id },
    select: { title: true, teamId: true, version: true, archivedAt: true },
  }),
  audit: await auditCount(id),
});
const entitiesNamed = (name: string) =>
  db().entity.findMany({ where: { name }, select: { id: true, teamId: true, archivedAt: true } });
const relationState = (fromId: string, toId: string) =>
  db().relation.findMany({ where: { fromId, toId }, select: { id: true, origin: true, archivedAt: true } });

const model = (teamId: string | null, extra: Partial<factories.CreateEntityInput> = {}) =>
  factories.createEntity(db(), { kind: "MODEL", teamId, ...extra });
const feature = (teamId: string | null) => factories.createEntity(db(), { kind: "FEATURE", teamId });
const str = (v: string | string[] | undefined) => String(v ?? "");
const slugOf: Record<EntityKind, string> = {
  MODEL: "models",
  FEATURE: "features",
  DATA_SOURCE: "data-sources",
  CONSUMER: "consumers",
};

/** saveEntity and saveNewTeam answer a successful save by redirecting to the new page (an error Next catches). */
const followingRedirect =
  (action: ServerAction): ServerAction =>
  async (previous, form) => {
    try {
      return await action(previous, form);
    } catch (error) {
      const digest = (error as { digest?: unknown } | null)?.digest;
      if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
        return { ok: true, message: "Saved (redirected)." };
      throw error;
    }
  };
const saveEntityForm = followingRedirect(saveEntity);
const newTeamForm = followingRedirect(saveNewTeam);

/** The import form uploads files; the row's input carries the YAML text as `yaml`. */
const importForm: ServerAction = async (previous, form) => {
  const upload = new FormData();
  upload.append("files", new File([String(form.get("yaml"))], "matrix.yaml", { type: "application/yaml" }));
  upload.set("intent", "apply");
  return importUpload(previous as Parameters<typeof importUpload>[0], upload);
};

const modelDoc = (name: string, teamSlug: string, uses: string[] = []) =>
  `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: ${name} }\nspec: { owner: ${teamSlug}${uses.length ? `, uses: [${uses.join(", ")}]` : ""} }\n`;

const adminPrincipal = (world: World) => ({
  userId: world.people.admin.id,
  name: "matrix admin",
  orgRole: "ADMIN" as const,
  teamRoles: {},
});

export const catalogRows: MatrixRow[] = [
  {
    name: "catalog.create-entity (in the team)",
    action: createEntity,
    serverAction: saveEntityForm,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const name = uniq("matrix-model");
      return {
        input: { kind: "MODEL", name, team: world.team.slug, title: "Matrix model" },
        state: () => entitiesNamed(name),
      };
    },
    api: ({ input }) => ({
      handler: postEntity,
      method: "POST",
      path: "/api/v1/entities",
      params: {},
      body: { kind: input.kind, name: input.name, team: input.team, title: input.title },
    }),
  },
  {
    // An entity without a team is an organisation-wide thing: admins only.
    name: "catalog.create-entity (unowned)",
    action: createEntity,
    serverAction: saveEntityForm,
    allowed: ["admin"],
    prepare: async () => {
      const name = uniq("matrix-orphan");
      return { input: { kind: "FEATURE", name, team: "" }, state: () => entitiesNamed(name) };
    },
    api: ({ input }) => ({
      handler: postEntity,
      method: "POST",
      path: "/api/v1/entities",
      params: {},
      body: { kind: input.kind, name: input.name, team: null },
    }),
  },
  {
    // The maintainer is a plain member of otherTeam: reading it, not changing its catalogue.
    name: "catalog.create-entity (in a team where the maintainer is a member)",
    action: createEntity,
    serverAction: saveEntityForm,
    allowed: ["admin"],
    prepare: async (world) => {
      const name = uniq("matrix-model");
      return { input: { kind: "MODEL", name, team: world.otherTeam.slug }, state: () => entitiesNamed(name) };
    },
    api: ({ input }) => ({
      handler: postEntity,
      method: "POST",
      path: "/api/v1/entities",
      params: {},
      body: { kind: input.kind, name: input.name, team: input.team },
    }),
  },
  {
    name: "catalog.update-entity (with version)",
    action: updateEntity,
    serverAction: saveEntityForm,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const e = await model(world.team.id);
      return {
        input: { kind: "MODEL", name: e.name, version: "1", team: world.team.slug, title: uniq("Renamed") },
        state: () => entityState(e.id),
      };
    },
    api: ({ input }) => ({
      handler: putEntity,
      method: "PUT",
      path: `/api/v1/entities/models/${str(input.name)}`,
      params: { kind: "models", name: str(input.name) },
      body: { version: 1, team: input.team, title: input.title },
    }),
  },
  {
    // Moving an entity needs rights on both teams; the maintainer only reads otherTeam.
    name: "catalog.update-entity (move into a team the maintainer does not maintain)",
    action: updateEntity,
    serverAction: saveEntityForm,
    allowed: ["admin"],
    prepare: async (world) => {
      const e = await model(world.team.id);
      return {
        input: { kind: "MODEL", name: e.name, version: "1", team: world.otherTeam.slug },
        state: () => entityState(e.id),
      };
    },
    api: ({ input }) => ({
      handler: putEntity,
      method: "PUT",
      path: `/api/v1/entities/models/${str(input.name)}`,
      params: { kind: "models", name: str(input.name) },
      body: { version: 1, team: input.team },
    }),
  },
  {
    name: "catalog.archive-entity",
    action: archiveEntity,
    serverAction: setArchived,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const e = await model(world.team.id);
      return { input: { kind: "MODEL", name: e.name, version: "1" }, state: () => entityState(e.id) };
    },
    api: ({ input }) => ({
      handler: deleteEntity,
      method: "DELETE",
      path: `/api/v1/entities/${slugOf.MODEL}/${str(input.name)}?version=${str(input.version)}`,
      params: { kind: slugOf.MODEL, name: str(input.name) },
    }),
  },
  {
    name: "catalog.archive-entity (restore)",
    action: archiveEntity,
    serverAction: setArchived,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const e = await model(world.team.id, { archivedAt: new Date() });
      return { input: { kind: "MODEL", name: e.name, version: "1", restore: "true" }, state: () => entityState(e.id) };
    },
    api: ({ input }) => ({
      handler: deleteEntity,
      method: "DELETE",
      path: `/api/v1/entities/${slugOf.MODEL}/${str(input.name)}?version=${str(input.version)}&restore=true`,
      params: { kind: slugOf.MODEL, name: str(input.name) },
    }),
  },
  {
    // feature → model: the model's document declares it (`uses`), so the model's team decides.
    name: "catalog.create-relation",
    action: createRelation,
    serverAction: linkEntity,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const [f, m] = await Promise.all([feature(world.team.id), model(world.team.id)]);
      return {
        input: { self: `model:${m.name}`, other: `feature:${f.name}`, direction: "upstream" },
        state: () => relationState(f.id, m.id),
      };
    },
    api: ({ input }) => ({
      handler: postRelation,
      method: "POST",
      path: "/api/v1/relations",
      params: {},
      body: { from: input.other, to: input.self },
    }),
  },
  {
    // Using the team's feature in otherTeam's model is otherTeam's decision (the declaring end).
    name: "catalog.create-relation (declared by another team's model)",
    action: createRelation,
    serverAction: linkEntity,
    allowed: ["admin"],
    prepare: async (world) => {
      const [f, m] = await Promise.all([feature(world.team.id), model(world.otherTeam.id)]);
      return {
        input: { self: `model:${m.name}`, other: `feature:${f.name}`, direction: "upstream" },
        state: () => relationState(f.id, m.id),
      };
    },
    api: ({ input }) => ({
      handler: postRelation,
      method: "POST",
      path: "/api/v1/relations",
      params: {},
      body: { from: input.other, to: input.self },
    }),
  },
  {
    name: "catalog.archive-relation",
    action: archiveRelation,
    serverAction: unlinkEntity,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const [f, m] = await Promise.all([feature(world.team.id), model(world.team.id)]);
      await factories.createRelation(db(), { kind: "MODEL_USES_FEATURE", fromId: f.id, toId: m.id });
      return { input: { from: `feature:${f.name}`, to: `model:${m.name}` }, state: () => relationState(f.id, m.id) };
    },
    api: ({ input }) => ({
      handler: deleteRelation,
      method: "DELETE",
      path: "/api/v1/relations",
      params: {},
      body: { from: input.from, to: input.to },
    }),
  },
  {
    // Applying an import. (A dry run goes through the same definition and gate, catalog:write on
    // the batch's first owner, but writes nothing, so it cannot be a row: rows change something.)
    name: "catalog.import (apply)",
    action: importCatalogAction,
    serverAction: importForm,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const name = uniq("matrix-imported");
      return { input: { yaml: modelDoc(name, world.team.slug) }, state: () => entitiesNamed(name) };
    },
    api: ({ input }) => ({
      handler: postImport,
      method: "POST",
      path: "/api/v1/catalog/import",
      params: {},
      body: { files: [{ file: "matrix.yaml", text: str(input.yaml) }] },
    }),
  },
  {
    // A batch whose first document is the team's own (so the first gate passes) and whose second
    // is otherTeam's model, unchanged but for a new `uses`: the relation is otherTeam's to declare.
    name: "catalog.import (relations declared by another team's unchanged model)",
    action: importCatalogAction,
    serverAction: importForm,
    allowed: ["admin"],
    refusedAsProblem: ["maintainer", "teamToken"],
    prepare: async (world) => {
      const [own, theirs] = [uniq("matrix-own"), uniq("matrix-theirs")];
      const f = await feature(world.team.id);
      const files = [{ file: "setup.yaml", text: modelDoc(theirs, world.otherTeam.slug) }];
      await importCatalog(importInputSchema.parse({ files }), adminPrincipal(world));
      const stored = await db().entity.findUniqueOrThrow({
        where: { kind_name: { kind: "MODEL", name: theirs } },
        select: { id: true },
      });
      return {
        input: {
          yaml: `${modelDoc(own, world.team.slug)}---\n${modelDoc(theirs, world.otherTeam.slug, [`feature:${f.name}`])}`,
        },
        state: async () => ({ own: await entitiesNamed(own), relations: await relationState(f.id, stored.id) }),
      };
    },
    api: ({ input }) => ({
      handler: postImport,
      method: "POST",
      path: "/api/v1/catalog/import",
      params: {},
      body: { files: [{ file: "matrix.yaml", text: str(input.yaml) }] },
    }),
  },
  {
    // The same, the other way: the batch drops a relation otherTeam's unchanged model declares.
    name: "catalog.import (dropping a relation another team's unchanged model declares)",
    action: importCatalogAction,
    serverAction: importForm,
    allowed: ["admin"],
    refusedAsProblem: ["maintainer", "teamToken"],
    prepare: async (world) => {
      const [own, theirs] = [uniq("matrix-own"), uniq("matrix-theirs")];
      const f = await feature(world.otherTeam.id);
      const files = [{ file: "setup.yaml", text: modelDoc(theirs, world.otherTeam.slug, [`feature:${f.name}`]) }];
      await importCatalog(importInputSchema.parse({ files }), adminPrincipal(world));
      const stored = await db().entity.findUniqueOrThrow({
        where: { kind_name: { kind: "MODEL", name: theirs } },
        select: { id: true },
      });
      return {
        input: { yaml: `${modelDoc(own, world.team.slug)}---\n${modelDoc(theirs, world.otherTeam.slug)}` },
        state: async () => ({ own: await entitiesNamed(own), relations: await relationState(f.id, stored.id) }),
      };
    },
    api: ({ input }) => ({
      handler: postImport,
      method: "POST",
      path: "/api/v1/catalog/import",
      params: {},
      body: { files: [{ file: "matrix.yaml", text: str(input.yaml) }] },
    }),
  },
  {
    // API only: usage events come from serving systems (scripts, CI), never from a form.
    name: "catalog.record-usage",
    action: recordUsage,
    serverAction: null,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const m = await model(world.team.id);
      const caller = uniq("matrix-caller");
      return {
        input: { model: m.name, caller },
        state: async () => ({
          events: await db().usageEvent.count({ where: { modelId: m.id } }),
          consumers: await entitiesNamed(caller),
        }),
      };
    },
    api: ({ input }) => ({
      handler: postUsage,
      method: "POST",
      path: "/api/v1/usage",
      params: {},
      body: { events: [{ caller: input.caller, model: input.model, count: 3 }] },
    }),
  },
  {
    // API only: lineage events come from pipelines (the OpenLineage client), never from a form.
    // The job and the dataset are catalogued for world.team already, so the event only adds the
    // link: the test needs no OPENLINEAGE_MAPPING rule (settings are read once per process).
    name: "catalog.record-lineage",
    action: recordLineage,
    serverAction: null,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => {
      const job = uniq("matrix-job");
      const table = uniq("matrix-table");
      const consumer = await factories.createEntity(db(), {
        kind: "CONSUMER",
        name: entityNameFor("matrix", job),
        teamId: world.team.id,
      });
      const source = await factories.createEntity(db(), {
        kind: "DATA_SOURCE",
        name: entityNameFor("postgres://matrix", table),
        teamId: world.team.id,
      });
      return {
        input: { job, table },
        state: () => db().relation.findMany({ where: { fromId: consumer.id, toId: source.id } }),
      };
    },
    api: ({ input }) => ({
      handler: postLineage,
      method: "POST",
      path: "/api/v1/lineage",
      params: {},
      body: {
        eventType: "COMPLETE",
        eventTime: new Date().toISOString(),
        producer: "https://example.test/matrix",
        schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
        run: { runId: crypto.randomUUID() },
        job: { namespace: "matrix", name: str(input.job) },
        outputs: [{ namespace: "postgres://matrix", name: str(input.table) }],
      },
    }),
  },
  {
    // The "New team" form on /teams (admins only).
    name: "teams.create",
    action: createTeam,
    serverAction: newTeamForm,
    allowed: ["admin"],
    prepare: async () => {
      const slug = uniq("matrix-team");
      return { input: { slug, name: "Matrix team" }, state: () => db().team.findMany({ where: { slug } }) };
    },
    api: ({ input }) => ({
      handler: postTeam,
      method: "POST",
      path: "/api/v1/teams",
      params: {},
      body: { slug: input.slug, name: input.name },
    }),
  },
  {
    // /teams/{slug}/edit. Its maintainers may rename their team. The form posts the slug (the
    // API takes it from the path).
    name: "teams.update",
    action: updateTeam,
    serverAction: saveTeam,
    allowed: TEAM_WRITERS,
    apiAllowed: TEAM_WRITERS_API,
    prepare: async (world) => ({
      input: { slug: world.team.slug, name: uniq("Matrix team renamed") },
      state: () => db().team.findUnique({ where: { id: world.team.id }, select: { name: true, description: true } }),
    }),
    api: ({ input }, world) => ({
      handler: putTeam,
      method: "PUT",
      path: `/api/v1/teams/${world.team.slug}`,
      params: { team: world.team.slug },
      body: { name: input.name },
    }),
  },
  {
    // /teams/{slug}/edit's archive form. A fresh team the maintainer and member belong to, so
    // archiving world.team never breaks the other rows; even its maintainer may not archive it.
    name: "teams.archive",
    action: archiveTeam,
    serverAction: setTeamArchived,
    allowed: ["admin"],
    prepare: async (world) => teamToArchive(world, null),
    api: ({ input }) => ({
      handler: deleteTeam,
      method: "DELETE",
      path: `/api/v1/teams/${str(input.slug)}`,
      params: { team: str(input.slug) },
    }),
  },
  {
    // The same form on an archived team: it posts restore=true.
    name: "teams.archive (restore)",
    action: archiveTeam,
    serverAction: setTeamArchived,
    allowed: ["admin"],
    prepare: async (world) => teamToArchive(world, new Date(), { restore: "true" }),
    api: ({ input }) => ({
      handler: deleteTeam,
      method: "DELETE",
      path: `/api/v1/teams/${str(input.slug)}?restore=true`,
      params: { team: str(input.slug) },
    }),
  },
];

async function teamToArchive(world: World, archivedAt: Date | null, extra: Record<string, string> = {}) {
  const team = await makeTeam(uniq("matrix-archive"));
  await db().team.update({ where: { id: team.id }, data: { archivedAt } });
  await db().membership.createMany({
    data: [
      { userId: world.people.maintainer.id, teamId: team.id, role: "MAINTAINER" },
      { userId: world.people.member.id, teamId: team.id, role: "MEMBER" },
    ],
  });
  return {
    input: { slug: team.slug, ...extra },
    state: () => db().team.findUnique({ where: { id: team.id }, select: { archivedAt: true } }),
  };
}
