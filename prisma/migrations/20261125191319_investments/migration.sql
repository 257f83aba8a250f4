-- CreateEnum
CREATE TYPE "InvestmentCategory" AS ENUM ('acquisition', 'loyalty', 'ai_automation', 'customer_experience', 'process', 'product', 'other');

-- CreateEnum
CREATE TYPE "InvestmentStatus" AS ENUM ('draft', 'approved', 'active', 'completed', 'stopped');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('up', 'down');

-- CreateTable
CREATE TABLE "Investment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" "InvestmentCategory" NOT NULL DEFAULT 'other',
    "ownerName" TEXT NOT NULL DEFAULT '',
    "startMonth" DATE NOT NULL,
    "horizonMonths" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "status" "InvestmentStatus" NOT NULL DEFAULT 'draft',
    "plan" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Investment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "investmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "investmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "baseline" DECIMAL(20,4),
    "baselineDate" DATE,
    "target" DECIMAL(20,4),
    "direction" "KpiDirection" NOT NULL DEFAULT 'up',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiMeasurement" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KpiMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActualMonth" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "investmentId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "cost" DECIMAL(18,2) NOT NULL,
    "benefit" DECIMAL(18,2) NOT NULL,
    "benefitByDriver" JSONB,
    "note" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "planVersionId" TEXT,
    "recordedById" TEXT,
    "recordedByName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActualMonth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CsvMapping" (
    "workspaceId" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CsvMapping_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "InvestmentTemplate" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sourceWorkspaceId" TEXT,
    "name" TEXT NOT NULL,
    "category" "InvestmentCategory" NOT NULL DEFAULT 'other',
    "plan" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvestmentTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Investment_workspaceId_archivedAt_idx" ON "Investment"("workspaceId", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Investment_id_workspaceId_key" ON "Investment"("id", "workspaceId");

-- CreateIndex
CREATE INDEX "PlanVersion_workspaceId_idx" ON "PlanVersion"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_investmentId_version_key" ON "PlanVersion"("investmentId", "version");

-- CreateIndex
CREATE INDEX "Kpi_investmentId_idx" ON "Kpi"("investmentId");

-- CreateIndex
CREATE INDEX "Kpi_workspaceId_idx" ON "Kpi"("workspaceId");

-- CreateIndex
CREATE INDEX "KpiMeasurement_workspaceId_idx" ON "KpiMeasurement"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "KpiMeasurement_kpiId_month_key" ON "KpiMeasurement"("kpiId", "month");

-- CreateIndex
CREATE INDEX "ActualMonth_workspaceId_month_idx" ON "ActualMonth"("workspaceId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "ActualMonth_investmentId_month_key" ON "ActualMonth"("investmentId", "month");

-- CreateIndex
CREATE INDEX "InvestmentTemplate_userId_idx" ON "InvestmentTemplate"("userId");

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_investmentId_workspaceId_fkey" FOREIGN KEY ("investmentId", "workspaceId") REFERENCES "Investment"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_investmentId_workspaceId_fkey" FOREIGN KEY ("investmentId", "workspaceId") REFERENCES "Investment"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActualMonth" ADD CONSTRAINT "ActualMonth_investmentId_workspaceId_fkey" FOREIGN KEY ("investmentId", "workspaceId") REFERENCES "Investment"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActualMonth" ADD CONSTRAINT "ActualMonth_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "PlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsvMapping" ADD CONSTRAINT "CsvMapping_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentTemplate" ADD CONSTRAINT "InvestmentTemplate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

