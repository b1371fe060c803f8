"use server";
// The catalogue's server actions. Each runs the same definition as the API through
// runAuthorized (zod → principal → can() → transaction + audit), and answers in the forms'
// ActionState shape: field errors by field name, a conflict with who and when.
import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { entityFormToInput, formFieldErrors } from "@/lib/domain/catalog-yaml/form-input";
import { entityHref } from "@/lib/domain/format/labels";
import { uploadTooLarge } from "@/lib/domain/http/limits";
import { formDataToObject, runAuthorized, toActionState, type ActionState } from "@/lib/server/actions/define-action";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { archiveEntity } from "@/lib/server/catalog/archive-entity";
import { archiveRelation } from "@/lib/server/catalog/archive-relation";
import { createEntity } from "@/lib/server/catalog/create-entity";
import { createRelation } from "@/lib/server/catalog/create-relation";
import { assertMayImport, runImport, type ImportReport } from "@/lib/server/catalog/import-catalog";
import { updateEntity } from "@/lib/server/catalog/update-entity";
import { InvalidInputError } from "@/lib/server/errors";
import { getEntityVersion } from "@/lib/server/catalog/get-entity-form";
import type { EntityKind } from "@/lib/domain/kinds";

export async function saveEntity(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { input, linkField } = entityFormToInput(formDataToObject(form));
  let target: string;
  try {
    const principal = await getSessionPrincipal();
    const result =
      input.version === undefined
        ? await runAuthorized(createEntity, input, principal)
        : await runAuthorized(updateEntity, input, principal);
    target = entityHref(result.kind as EntityKind, result.name);
  } catch (error) {
    const state = toActionState(error);
    if (state.conflict) {
      // Hand the form the version now stored, so saving again knowingly replaces theirs.
      const latest = await getEntityVersion({ kind: input.kind as EntityKind, name: String(input.name) });
      return { ...state, data: { version: latest } };
    }
    return state.fieldErrors ? { ...state, fieldErrors: formFieldErrors(state.fieldErrors, linkField) } : state;
  }
  redirect(target);
}

export async function setArchived(_previous: ActionState, form: FormData): Promise<ActionState> {
  const raw = formDataToObject(form);
  try {
    await runAuthorized(archiveEntity, raw, await getSessionPrincipal());
  } catch (error) {
    return toActionState(error);
  }
  refresh();
  return {
    ok: true,
    message:
      raw.restore === "true" ? "Restored." : "Archived. It stays in the catalogue's history and can be restored.",
  };
}

/** Link this entity to another: upstream = the other feeds this one; downstream = this one feeds the other. */
export async function linkEntity(_previous: ActionState, form: FormData): Promise<ActionState> {
  const raw = formDataToObject(form);
  const upstream = raw.direction === "upstream";
  const input = { from: upstream ? raw.other : raw.self, to: upstream ? raw.self : raw.other };
  try {
    const r = await runAuthorized(createRelation, input, await getSessionPrincipal());
    refresh();
    return { ok: true, message: r.changed ? `Linked ${r.label}.` : `${r.label} was already linked.` };
  } catch (error) {
    const state = toActionState(error);
    // The schema reports on "from"/"to"; the form has one field for the other end.
    if (state.fieldErrors) state.fieldErrors = { other: Object.values(state.fieldErrors).flat() };
    return state;
  }
}

export async function unlinkEntity(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const r = await runAuthorized(archiveRelation, formDataToObject(form), await getSessionPrincipal());
    refresh();
    return { ok: true, message: `Unlinked ${r.label}.` };
  } catch (error) {
    return toActionState(error);
  }
}

export async function importUpload(
  _previous: ActionState<ImportReport>,
  form: FormData,
): Promise<ActionState<ImportReport>> {
  try {
    const principal = await getSessionPrincipal();
    assertMayImport(principal);
    const uploads = form.getAll("files").filter((f): f is File => typeof f !== "string" && f.size > 0);
    const tooLarge = uploadTooLarge(uploads.map((f) => f.size));
    if (tooLarge) return { ok: false, message: tooLarge, fieldErrors: { files: [tooLarge] } };
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
    if (error instanceof InvalidInputError)
      return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    return toActionState(error) as ActionState<ImportReport>;
  }
}
