-- CreateIndex
CREATE INDEX "Answer_signalId_idx" ON "Answer"("signalId");
