-- AlterTable
ALTER TABLE "Relation" ADD COLUMN     "lastSeenAt" TIMESTAMPTZ(3);

