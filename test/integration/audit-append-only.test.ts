// The audit trail cannot be rewritten, not even by the application's own database user.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";

afterAll(async () => {
  await db().$disconnect();
});

describe("AuditEvent is append-only", () => {
  it("accepts inserts and refuses updates and deletes", async () => {
    const event = await db().auditEvent.create({
      data: { action: "test.append-only", targetType: "Test", targetId: `t-${Date.now()}`, after: { ok: true } },
    });
    await expect(db().auditEvent.update({ where: { id: event.id }, data: { action: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    const still = await db().auditEvent.findUnique({ where: { id: event.id } });
    expect(still?.action).toBe("test.append-only");
  });
});
