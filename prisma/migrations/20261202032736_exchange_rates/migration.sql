-- AlterTable
ALTER TABLE "User" ADD COLUMN     "overviewCurrency" TEXT NOT NULL DEFAULT 'EUR';

-- AlterTable
ALTER TABLE "InvestmentMonth" ADD COLUMN     "forecastBenefit" DECIMAL(20,2) NOT NULL DEFAULT 0,
ADD COLUMN     "forecastCost" DECIMAL(20,2) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "fromCurrency" TEXT NOT NULL,
    "toCurrency" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "rate" DECIMAL(30,10) NOT NULL,
    "source" TEXT NOT NULL,
    "sourceDetail" TEXT NOT NULL DEFAULT '',
    "enteredById" TEXT,
    "enteredByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExchangeRate_workspaceId_month_idx" ON "ExchangeRate"("workspaceId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_workspaceId_fromCurrency_toCurrency_month_key" ON "ExchangeRate"("workspaceId", "fromCurrency", "toCurrency", "month");

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The stored portfolio gains each recorded month's forecast (issue 13: forecasts convert at
-- the rate of their month). It is derived data: it is emptied here and rebuilt, investment
-- by investment, on the next view or the daily warm-up (lib/portfolio/refresh.ts).
DELETE FROM "LeakFinding";
DELETE FROM "InvestmentMonth";
DELETE FROM "WorkspaceMonth";
DELETE FROM "InvestmentFigures";
