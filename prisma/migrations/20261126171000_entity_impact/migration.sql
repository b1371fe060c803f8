-- CreateTable
CREATE TABLE "EntityImpact" (
    "entityId" TEXT NOT NULL,
    "downstreamCount" INTEGER NOT NULL,
    "consumerCount" INTEGER NOT NULL,
    "impact" DOUBLE PRECISION NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EntityImpact_pkey" PRIMARY KEY ("entityId")
);
