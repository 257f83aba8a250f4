import type { ApiOperation } from "../operation";
import { getWorkspace } from "./workspace";
import { batchActuals, getActualsMonth, listActuals, putActualsMonth } from "./actuals";
import { listKpis, putKpiMeasurement } from "./kpis";
import { changeInvestmentStatus, createInvestmentOperation, getInvestmentOperation, listInvestments, replacePlan } from "./investments";
import { getPortfolio, listWorkspaceLeaks } from "./portfolio";
import { createReport, getReport, getReportPdf } from "./reports";
import { batchExchangeRates, listExchangeRates, putExchangeRate } from "./exchange-rates";

/** Every operation of /api/v1: the OpenAPI document and `npm run api:check` read this list. */
export const API_OPERATIONS: ApiOperation[] = [
  getWorkspace,
  getPortfolio,
  listWorkspaceLeaks,
  listInvestments,
  createInvestmentOperation,
  getInvestmentOperation,
  replacePlan,
  changeInvestmentStatus,
  createReport,
  getReport,
  getReportPdf,
  listActuals,
  getActualsMonth,
  putActualsMonth,
  batchActuals,
  listKpis,
  putKpiMeasurement,
  listExchangeRates,
  putExchangeRate,
  batchExchangeRates,
] as unknown as ApiOperation[];
