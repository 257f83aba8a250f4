-- CreateEnum
CREATE TYPE "LeakReviewKind" AS ENUM ('acknowledged', 'snoozed');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "leakThresholds" JSONB;

-- CreateTable
CREATE TABLE "LeakReview" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "investmentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "kind" "LeakReviewKind" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "snoozedUntil" DATE,
    "atStakeMonthly" DECIMAL(18,2) NOT NULL,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeakReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeakReview_workspaceId_investmentId_code_idx" ON "LeakReview"("workspaceId", "investmentId", "code");

-- AddForeignKey
ALTER TABLE "LeakReview" ADD CONSTRAINT "LeakReview_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeakReview" ADD CONSTRAINT "LeakReview_investmentId_workspaceId_fkey" FOREIGN KEY ("investmentId", "workspaceId") REFERENCES "Investment"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

