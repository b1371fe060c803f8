"use server";
// The catalogue's server actions, each through defineAction (zod → principal → can() →
// transaction + audit), the same definitions the API runs. The forms post flat fields, so each
// reshapes its form into the definition's input and the refusal back onto the form's fields.
import "server-only";
import { entityFormToInput, formFieldErrors } from "@/lib/domain/catalog-yaml/form-input";
import { entityHref } from "@/lib/domain/format/labels";
import type { EntityKind } from "@/lib/domain/kinds";
import { uploadTooLarge } from "@/lib/domain/http/limits";
import {
  defineAction,
  formDataToObject,
  toActionState,
  type ActionOptions,
  type ActionState,
} from "@/lib/server/actions/define-action";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { refresh } from "next/cache";
import { archiveEntity } from "@/lib/server/catalog/archive-entity";
import { archiveRelation } from "@/lib/server/catalog/archive-relation";
import { createEntity, type EntityResult } from "@/lib/server/catalog/create-entity";
import { createRelation } from "@/lib/server/catalog/create-relation";
import { getEntityVersion } from "@/lib/server/catalog/get-entity-form";
import { assertMayImport, runImport, type ImportReport } from "@/lib/server/catalog/import-catalog";
import { updateEntity } from "@/lib/server/catalog/update-entity";

const entityForm = (form: FormData) => entityFormToInput(formDataToObject(form));

/** On success the entity's page opens; on a conflict the form gets the version now stored, so saving again knowingly replaces theirs. */
const entityFormOptions: ActionOptions<EntityResult, { version: number | null }> = {
  input: (form) => entityForm(form).input,
  redirect: (r) => entityHref(r.kind as EntityKind, r.name),
  refused: async (state, form) => {
    const { input, linkField } = entityForm(form);
    if (state.code === "stale_version")
      return {
        ...state,
        data: { version: await getEntityVersion({ kind: input.kind as EntityKind, name: String(input.name) }) },
      };
    return state.fieldErrors ? { ...state, fieldErrors: formFieldErrors(state.fieldErrors, linkField) } : state;
  },
};
const create = defineAction(createEntity, entityFormOptions);
const update = defineAction(updateEntity, entityFormOptions);

/** The entity form: a version field means an edit of what is stored; none, a new entity. */
export async function saveEntity(
  previous: ActionState,
  form: FormData,
): Promise<ActionState<{ version: number | null }>> {
  return form.has("version") ? update(previous, form) : create(previous, form);
}

export const setArchived = defineAction(archiveEntity, {
  refresh: true,
  message: (r) => (r.archived ? "Archived. It stays in the catalogue's history and can be restored." : "Restored."),
});

/** Link this entity to another: upstream = the other feeds this one; downstream = this one feeds the other. */
export const linkEntity = defineAction(createRelation, {
  input: (form) => {
    const raw = formDataToObject(form);
    const upstream = raw.direction === "upstream";
    return { from: upstream ? raw.other : raw.self, to: upstream ? raw.self : raw.other };
  },
  refresh: true,
  message: (r) => (r.changed ? `Linked ${r.label}.` : `${r.label} was already linked.`),
  // The schema reports on "from"/"to"; the form has one field for the other end.
  refused: (state) =>
    state.fieldErrors ? { ...state, fieldErrors: { other: Object.values(state.fieldErrors).flat() } } : state,
});

export const unlinkEntity = defineAction(archiveRelation, { refresh: true, message: (r) => `Unlinked ${r.label}.` });

/**
 * The upload form: refuses an oversized upload and a caller who may not import before reading the
 * files (so a refused upload costs nothing), then runs the import definition (runImport).
 */
export async function importUpload(
  _previous: ActionState<ImportReport>,
  form: FormData,
): Promise<ActionState<ImportReport>> {
  try {
    const principal = await getSessionPrincipal();
    assertMayImport(principal);
    const uploads = form.getAll("files").filter((f): f is File => typeof f !== "string" && f.size > 0);
    const tooLarge = uploadTooLarge(uploads.map((f) => f.size));
    if (tooLarge) return { ok: false, code: "invalid", message: tooLarge, fieldErrors: { files: [tooLarge] } };
    const files = await Promise.all(uploads.map(async (f) => ({ file: f.name, text: await f.text() })));
    const dryRun = form.get("intent") !== "apply";
    const input = { files, dryRun, prune: form.get("prune") === "on", source: "UI" };
    const report = await runImport(input, principal);
    if (!dryRun) refresh();
    const { created, changed, archived, unchanged } = report.counts;
    const counts = `${created} created, ${changed} changed, ${archived} archived, ${unchanged} unchanged`;
    return {
      ok: true,
      data: report,
      message: dryRun ? `Dry run — nothing was written. Would be: ${counts}.` : `Imported: ${counts}.`,
    };
  } catch (error) {
    return toActionState(error) as ActionState<ImportReport>;
  }
}
