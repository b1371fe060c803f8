-- dbt connector (issue 19): two relation kinds for lineage between tables (a dbt model built from its
-- parents) and from a table to what reads it (a dbt exposure), and the DbtNode table holding each
-- imported entity's dbt node and pipeline signals. PostgreSQL 12+ adds enum values inside a transaction.

ALTER TYPE "RelationKind" ADD VALUE 'SOURCE_FROM_SOURCE';
ALTER TYPE "RelationKind" ADD VALUE 'CONSUMER_READS_SOURCE';

-- CreateTable
CREATE TABLE "DbtNode" (
    "entityId" TEXT NOT NULL,
    "project" TEXT NOT NULL,
    "uniqueId" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "materialized" TEXT NOT NULL DEFAULT '',
    "depth" INTEGER NOT NULL,
    "fanIn" INTEGER NOT NULL,
    "fanOut" INTEGER NOT NULL,
    "upstreamSources" INTEGER NOT NULL,
    "downstreamNodes" INTEGER NOT NULL,
    "exposures" INTEGER NOT NULL,
    "tests" INTEGER NOT NULL,
    "explain" JSONB NOT NULL DEFAULT '{}',
    "manifestGeneratedAt" TIMESTAMPTZ(3) NOT NULL,
    "dbtVersion" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DbtNode_pkey" PRIMARY KEY ("entityId")
);

-- CreateIndex
CREATE INDEX "DbtNode_project_idx" ON "DbtNode"("project");

-- AddForeignKey
ALTER TABLE "DbtNode" ADD CONSTRAINT "DbtNode_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

