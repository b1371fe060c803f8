-- Current state maintained at write time (lib/server/scoring/sync-current-scores.ts). The tables
-- start empty; start-up (scripts/start.ts) and the seeds fill them from the assessments.
-- CreateTable
CREATE TABLE "CurrentScore" (
    "entityId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "submittedSeq" INTEGER NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "teamId" TEXT,
    "active" BOOLEAN NOT NULL,
    "debtWeight" DOUBLE PRECISION NOT NULL,
    "totalWeight" DOUBLE PRECISION NOT NULL,
    "answeredCount" INTEGER NOT NULL,
    "applicableCount" INTEGER NOT NULL,
    "principalDays" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CurrentScore_pkey" PRIMARY KEY ("entityId")
);

-- CreateTable
CREATE TABLE "CurrentCategoryScore" (
    "entityId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "debtWeight" DOUBLE PRECISION NOT NULL,
    "totalWeight" DOUBLE PRECISION NOT NULL,
    "answeredCount" INTEGER NOT NULL,
    "applicableCount" INTEGER NOT NULL,
    "principalDays" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CurrentCategoryScore_pkey" PRIMARY KEY ("entityId","categoryId")
);

-- CreateTable
CREATE TABLE "PooledScore" (
    "key" TEXT NOT NULL,
    "teamId" TEXT,
    "categoryId" TEXT,
    "debtWeight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "totalWeight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "answeredCount" INTEGER NOT NULL DEFAULT 0,
    "applicableCount" INTEGER NOT NULL DEFAULT 0,
    "principalDays" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "assessedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PooledScore_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "CurrentScore_assessmentId_key" ON "CurrentScore"("assessmentId");

-- CreateIndex
CREATE INDEX "CurrentScore_teamId_active_idx" ON "CurrentScore"("teamId", "active");

-- CreateIndex
CREATE INDEX "CurrentScore_active_submittedAt_idx" ON "CurrentScore"("active", "submittedAt");

-- CreateIndex
CREATE INDEX "CurrentCategoryScore_categoryId_idx" ON "CurrentCategoryScore"("categoryId");

-- CreateIndex
CREATE INDEX "PooledScore_teamId_idx" ON "PooledScore"("teamId");
