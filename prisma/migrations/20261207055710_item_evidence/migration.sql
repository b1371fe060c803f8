-- CreateTable
CREATE TABLE "ItemEvidence" (
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "connector" "ConnectorKind" NOT NULL,
    "value" "AnswerValue" NOT NULL,
    "note" TEXT NOT NULL,
    "evidenceUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ItemEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ItemEvidence_entityId_itemKey_connector_key" ON "ItemEvidence"("entityId", "itemKey", "connector");

-- AddForeignKey
ALTER TABLE "ItemEvidence" ADD CONSTRAINT "ItemEvidence_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

