// Admin changes to the checklist. Items are versioned by key: an edit retires the live row and
// writes version + 1, so answers given to the old text keep it (and keep scoring as they did);
// retiring stops an item counting for new assessments only. Every row written here carries
// editedById, which tells the start-up loader (checklist-plan.ts) the organisation owns it now.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Principal } from "@/lib/domain/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Db, Tx } from "@/lib/server/db/client";
import { NotFoundError, StaleVersionError } from "@/lib/server/errors";
import { formatDateTime } from "../format-when";
import type { ItemFields } from "./item-input";

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")
    .slice(0, 5)
    .join("-") || "item";

async function liveItem(tx: Tx, itemId: string) {
  const item = await tx.checklistItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      key: true,
      version: true,
      categoryId: true,
      question: true,
      guidance: true,
      weight: true,
      appliesTo: true,
      remediationDays: true,
      position: true,
      retiredAt: true,
      editedBy: { select: { name: true } },
    },
  });
  if (!item) throw new NotFoundError("That checklist item");
  if (item.retiredAt) {
    throw new StaleVersionError(
      `This item was retired or edited at ${formatDateTime(item.retiredAt)}${item.editedBy ? ` by ${item.editedBy.name}` : ""}. Reload to see its current version.`,
      item.editedBy?.name ?? null,
      item.retiredAt,
    );
  }
  return item;
}

/** Conditional retire: of two admins acting on the same version, the second sees the conflict. */
async function retireRow(tx: Tx, itemId: string, userId: string | null, now: Date) {
  const { count } = await tx.checklistItem.updateMany({
    where: { id: itemId, retiredAt: null },
    data: { retiredAt: now, editedById: userId },
  });
  if (count === 0) await liveItem(tx, itemId);
}

export async function addChecklistItem(db: Db, input: { principal: Principal; categoryId: string } & ItemFields) {
  const { principal } = input;
  return db.$transaction(async (tx) => {
    const category = await tx.debtCategory.findUnique({
      where: { id: input.categoryId },
      select: { id: true, key: true },
    });
    if (!category) throw new NotFoundError("That category");
    const last = await tx.checklistItem.aggregate({ where: { categoryId: category.id }, _max: { position: true } });
    const item = await tx.checklistItem.create({
      data: {
        key: `${category.key}.${slug(input.question)}-${randomBytes(2).toString("hex")}`,
        version: 1,
        categoryId: category.id,
        question: input.question,
        guidance: input.guidance,
        weight: input.weight,
        remediationDays: input.remediationDays,
        appliesTo: input.appliesTo,
        position: (last._max.position ?? 0) + 1,
        editedById: principal.userId,
      },
      select: { id: true, key: true, version: true },
    });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "checklist.item.add",
      targetType: "ChecklistItem",
      targetId: item.id,
      after: { key: item.key, ...fieldsOf(input) },
    });
    return item;
  });
}

export async function editChecklistItem(db: Db, input: { principal: Principal; itemId: string } & ItemFields) {
  const { principal } = input;
  return db.$transaction(async (tx) => {
    const old = await liveItem(tx, input.itemId);
    const now = new Date();
    await retireRow(tx, old.id, principal.userId, now);
    const latest = await tx.checklistItem.aggregate({ where: { key: old.key }, _max: { version: true } });
    const item = await tx.checklistItem.create({
      data: {
        key: old.key,
        version: (latest._max.version ?? old.version) + 1,
        categoryId: old.categoryId,
        position: old.position,
        question: input.question,
        guidance: input.guidance,
        weight: input.weight,
        remediationDays: input.remediationDays,
        appliesTo: input.appliesTo,
        createdAt: now,
        editedById: principal.userId,
      },
      select: { id: true, key: true, version: true },
    });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "checklist.item.edit",
      targetType: "ChecklistItem",
      targetId: item.id,
      before: { id: old.id, version: old.version, ...fieldsOf(old) },
      after: { id: item.id, version: item.version, ...fieldsOf(input) },
    });
    return item;
  });
}

export async function retireChecklistItem(db: Db, input: { principal: Principal; itemId: string }) {
  const { principal } = input;
  return db.$transaction(async (tx) => {
    const old = await liveItem(tx, input.itemId);
    await retireRow(tx, old.id, principal.userId, new Date());
    await recordAuditEvent(tx, {
      actor: principal,
      action: "checklist.item.retire",
      targetType: "ChecklistItem",
      targetId: old.id,
      before: { key: old.key, version: old.version, question: old.question },
    });
    return { id: old.id, key: old.key };
  });
}

function fieldsOf(f: ItemFields) {
  return {
    question: f.question,
    guidance: f.guidance,
    weight: f.weight,
    remediationDays: f.remediationDays,
    appliesTo: [...f.appliesTo],
  };
}
