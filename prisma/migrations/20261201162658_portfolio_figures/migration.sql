-- CreateTable
CREATE TABLE "InvestmentFigures" (
    "investmentId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "asOfPeriod" TEXT NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "status" "InvestmentStatus" NOT NULL,
    "category" "InvestmentCategory" NOT NULL,
    "currency" TEXT NOT NULL,
    "startMonth" DATE NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "counted" BOOLEAN NOT NULL,
    "valid" BOOLEAN NOT NULL,
    "invested" DECIMAL(20,2) NOT NULL,
    "realised" DECIMAL(20,2) NOT NULL,
    "forecastCost" DECIMAL(20,2) NOT NULL,
    "forecastBenefit" DECIMAL(20,2) NOT NULL,
    "plannedCost" DECIMAL(20,2) NOT NULL,
    "plannedBenefit" DECIMAL(20,2) NOT NULL,
    "actualRoiPct" DECIMAL(20,2),
    "forecastRoiPct" DECIMAL(20,2),
    "plannedRoiPct" DECIMAL(20,2),
    "plannedPaybackMonth" INTEGER,
    "projectedPaybackMonth" INTEGER,
    "paybackStatus" TEXT NOT NULL,
    "recordedMonths" INTEGER NOT NULL,
    "expectedMonths" INTEGER NOT NULL,
    "missingMonths" INTEGER NOT NULL,
    "leakCount" INTEGER NOT NULL,
    "atStakeMonthly" DECIMAL(20,2) NOT NULL,
    "lastActualAt" TIMESTAMP(3),
    "detail" JSONB NOT NULL,

    CONSTRAINT "InvestmentFigures_pkey" PRIMARY KEY ("investmentId")
);

-- CreateTable
CREATE TABLE "InvestmentMonth" (
    "investmentId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "actualCost" DECIMAL(20,2) NOT NULL,
    "actualBenefit" DECIMAL(20,2) NOT NULL,
    "recorded" BOOLEAN NOT NULL,
    "cumCost" DECIMAL(20,2) NOT NULL,
    "cumBenefit" DECIMAL(20,2) NOT NULL,
    "conservativeCost" DECIMAL(20,2) NOT NULL,
    "conservativeBenefit" DECIMAL(20,2) NOT NULL,
    "expectedCost" DECIMAL(20,2) NOT NULL,
    "expectedBenefit" DECIMAL(20,2) NOT NULL,
    "optimisticCost" DECIMAL(20,2) NOT NULL,
    "optimisticBenefit" DECIMAL(20,2) NOT NULL,

    CONSTRAINT "InvestmentMonth_pkey" PRIMARY KEY ("investmentId","month")
);

-- CreateTable
CREATE TABLE "WorkspaceMonth" (
    "workspaceId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "category" "InvestmentCategory" NOT NULL,
    "counted" BOOLEAN NOT NULL,
    "month" DATE NOT NULL,
    "investments" INTEGER NOT NULL DEFAULT 0,
    "recorded" INTEGER NOT NULL DEFAULT 0,
    "actualCost" DECIMAL(20,2) NOT NULL,
    "actualBenefit" DECIMAL(20,2) NOT NULL,
    "conservativeCost" DECIMAL(20,2) NOT NULL,
    "conservativeBenefit" DECIMAL(20,2) NOT NULL,
    "expectedCost" DECIMAL(20,2) NOT NULL,
    "expectedBenefit" DECIMAL(20,2) NOT NULL,
    "optimisticCost" DECIMAL(20,2) NOT NULL,
    "optimisticBenefit" DECIMAL(20,2) NOT NULL,

    CONSTRAINT "WorkspaceMonth_pkey" PRIMARY KEY ("workspaceId","currency","category","counted","month")
);

-- CreateTable
CREATE TABLE "LeakFinding" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "investmentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "atStakeMonthly" DECIMAL(20,2) NOT NULL,
    "previously" BOOLEAN NOT NULL DEFAULT false,
    "leak" JSONB NOT NULL,

    CONSTRAINT "LeakFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InvestmentFigures_workspaceId_archived_idx" ON "InvestmentFigures"("workspaceId", "archived");

-- CreateIndex
CREATE UNIQUE INDEX "InvestmentFigures_investmentId_workspaceId_key" ON "InvestmentFigures"("investmentId", "workspaceId");

-- CreateIndex
CREATE INDEX "InvestmentMonth_workspaceId_month_idx" ON "InvestmentMonth"("workspaceId", "month");

-- CreateIndex
CREATE INDEX "LeakFinding_workspaceId_atStakeMonthly_idx" ON "LeakFinding"("workspaceId", "atStakeMonthly");

-- CreateIndex
CREATE INDEX "LeakFinding_investmentId_idx" ON "LeakFinding"("investmentId");

-- AddForeignKey
ALTER TABLE "InvestmentFigures" ADD CONSTRAINT "InvestmentFigures_investmentId_workspaceId_fkey" FOREIGN KEY ("investmentId", "workspaceId") REFERENCES "Investment"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentMonth" ADD CONSTRAINT "InvestmentMonth_investmentId_workspaceId_fkey" FOREIGN KEY ("investmentId", "workspaceId") REFERENCES "Investment"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceMonth" ADD CONSTRAINT "WorkspaceMonth_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeakFinding" ADD CONSTRAINT "LeakFinding_investmentId_workspaceId_fkey" FOREIGN KEY ("investmentId", "workspaceId") REFERENCES "Investment"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;


-- Investments with recorded actuals that were still "approved" are running: they become
-- active, as recording now makes them (audited, like every status change).
WITH moved AS (
  UPDATE "Investment" i SET status = 'active', revision = revision + 1, "updatedAt" = now()
  WHERE i.status = 'approved' AND EXISTS (SELECT 1 FROM "ActualMonth" a WHERE a."investmentId" = i.id)
  RETURNING i.id, i."workspaceId"
)
INSERT INTO "AuditLog" (id, "workspaceId", "actorId", action, "entityType", "entityId", before, after, "createdAt")
SELECT 'mig' || md5(moved.id || clock_timestamp()::text), moved."workspaceId", NULL, 'investment.status', 'Investment', moved.id,
       '{"status":"approved"}'::jsonb, '{"status":"active","reason":"actuals recorded"}'::jsonb, now()
FROM moved;
