-- A member's draft handed to the team's maintainers: the author marks it ready for review, a
-- maintainer submits it, and both names are kept (authorId, submittedById).
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "readyForReviewAt" TIMESTAMPTZ(3),
ADD COLUMN     "submittedById" TEXT;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Until now only a draft's author could submit it.
UPDATE "Assessment" SET "submittedById" = "authorId" WHERE "status" = 'SUBMITTED';
