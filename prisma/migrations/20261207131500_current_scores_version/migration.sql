-- CreateTable
CREATE TABLE "CurrentScoresVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL,

    CONSTRAINT "CurrentScoresVersion_pkey" PRIMARY KEY ("id")
);

-- The one row, stamped with this transaction: caches keyed by it start empty.
INSERT INTO "CurrentScoresVersion" ("id", "version") VALUES (1, txid_current());
