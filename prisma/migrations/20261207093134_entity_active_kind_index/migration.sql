-- DropIndex
DROP INDEX "Entity_archivedAt_idx";

-- CreateIndex
CREATE INDEX "Entity_archivedAt_kind_teamId_idx" ON "Entity"("archivedAt", "kind", "teamId");

