-- CreateEnum
CREATE TYPE "ConnectorKind" AS ENUM ('CATALOG_FILES', 'OPENLINEAGE', 'DBT', 'FEAST', 'MLFLOW');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('APPLIED', 'DRY_RUN', 'REFUSED', 'FAILED');

-- AlterEnum
ALTER TYPE "ImportSource" ADD VALUE 'SCHEDULE';

-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "connector" "ConnectorKind" NOT NULL DEFAULT 'CATALOG_FILES',
ADD COLUMN     "status" "ImportStatus" NOT NULL DEFAULT 'APPLIED';

-- CreateIndex
CREATE INDEX "ImportRun_connector_createdAt_idx" ON "ImportRun"("connector", "createdAt");

