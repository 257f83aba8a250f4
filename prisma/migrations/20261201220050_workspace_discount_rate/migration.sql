-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "discountRatePct" DECIMAL(5,2);

