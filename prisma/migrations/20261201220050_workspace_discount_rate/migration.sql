-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "discountRatePct" DECIMAL(5,2);


-- Stored figures gain discounted figures and forecast accuracy (issue 12): evaluate every
-- investment again on its next view or the daily warm-up.
UPDATE "InvestmentFigures" SET "asOfPeriod" = '';
