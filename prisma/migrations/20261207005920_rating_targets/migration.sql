-- CreateEnum
CREATE TYPE "RatingLetter" AS ENUM ('A', 'B', 'C', 'D', 'E');

-- CreateTable
CREATE TABLE "RatingTarget" (
    "id" TEXT NOT NULL,
    "lifecycle" "Lifecycle" NOT NULL,
    "teamId" TEXT,
    "rating" "RatingLetter",
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "RatingTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RatingTarget_lifecycle_teamId_retiredAt_idx" ON "RatingTarget"("lifecycle", "teamId", "retiredAt");

-- CreateIndex
CREATE INDEX "RatingTarget_createdAt_idx" ON "RatingTarget"("createdAt");

-- AddForeignKey
ALTER TABLE "RatingTarget" ADD CONSTRAINT "RatingTarget_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingTarget" ADD CONSTRAINT "RatingTarget_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

