// Command line for the stakeholder report:
//   npm run -s report -- --workspace SLUG --period YYYY-MM[..YYYY-MM] --locale nl|en --out FILE.pdf [--investment ID]
// Renders the same PDF as /api/w/[slug]/report (with --investment: the one-page report of
// /api/w/[slug]/investments/[id]/report) from the database: DATABASE_URL when set,
// else the embedded demo database in .data/pg (as `npm run dev` uses it).
// Exit codes: 0 written, 1 unknown workspace or failure, 2 wrong usage.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { toUiLocale } from "@/lib/i18n/locales";
import { parseReportLocale, parseReportPeriod, parseReportScenario } from "@/lib/pdf/report-period";
import { SCENARIO_NAMES } from "@/lib/roi";

const USAGE = `Usage: npm run -s report -- --workspace SLUG --period YYYY-MM[..YYYY-MM] --out FILE.pdf [--locale nl|en] [--scenario ${SCENARIO_NAMES.join("|")}] [--consultant NAME] [--investment ID]

Renders a workspace's stakeholder report as PDF (or one investment's one-page report).
  --workspace   the workspace's slug (e.g. bakkerij-de-vries)
  --period      one month or a range of months, both included; not after the current month
  --out         the PDF file to write
  --locale      language and number format (default: the workspace's)
  --scenario    the forecast scenario to compare against (default: expected)
  --consultant  the name on the cover (default: the workspace's first owner)
  --investment  an investment's id: its one-page report instead (only that investment is read)
Exit codes: 0 written, 1 unknown workspace or investment, or failure, 2 wrong usage.`;

function failUsage(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: false,
      options: {
        workspace: { type: "string" },
        period: { type: "string" },
        locale: { type: "string" },
        scenario: { type: "string" },
        out: { type: "string" },
        consultant: { type: "string" },
        investment: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    return failUsage(error instanceof Error ? error.message : String(error));
  }
}

/** Checks everything that needs no database, so a typo fails fast with exit 2. */
function readOptions(today: Date) {
  const values = readArguments();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  for (const name of ["workspace", "period", "out"] as const) if (!values[name]) failUsage(`--${name} is required`);
  try {
    return {
      slug: values.workspace as string,
      out: values.out as string,
      period: parseReportPeriod(values.period, today),
      locale: values.locale === undefined ? null : parseReportLocale(values.locale, "en"),
      scenario: parseReportScenario(values.scenario),
      consultant: values.consultant,
      investment: values.investment,
    };
  } catch (error) {
    if (error instanceof AppError) failUsage(`--${error.message}`);
    throw error;
  }
}

async function main(): Promise<number> {
  const generatedAt = new Date();
  const options = readOptions(generatedAt);
  const { prepareDatabase } = await import("@/lib/db/prepare-database");
  const db = await prepareDatabase({ dataDir: ".data/pg" });
  process.env.DATABASE_URL = db.databaseUrl;
  const { disconnectDb } = await import("@/lib/db/client");
  const { findWorkspaceBySlug, loadReportModel } = await import("@/lib/pdf/load-report-data");
  const { renderInvestmentReport, renderWorkspaceReport } = await import("@/lib/pdf/render");
  const { coverLogo } = await import("@/lib/reports/report-logo");
  try {
    const workspace = await findWorkspaceBySlug(options.slug);
    if (!workspace) {
      process.stderr.write(`Unknown workspace "${options.slug}"\n`);
      return 1;
    }
    const load = () =>
      loadReportModel({
        workspaceId: workspace.id,
        investmentId: options.investment,
        period: options.period,
        scenario: options.scenario,
        locale: options.locale ?? toUiLocale(workspace.locale) ?? "en",
        generatedAt,
        consultantName: options.consultant,
      });
    let pdf: Buffer;
    let investments: number;
    if (options.investment !== undefined) {
      const model = await load().catch((error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      });
      if (!model) {
        process.stderr.write(`Unknown investment "${options.investment}" in workspace "${options.slug}"\n`);
        return 1;
      }
      pdf = await renderInvestmentReport(model, options.investment);
      investments = model.investments.length;
    } else {
      const model = await load();
      // The workspace's logo on the cover, as in the app (never rasterised here).
      const logo = await coverLogo(workspace.id);
      pdf = await renderWorkspaceReport(model, logo ? { logo: logo.bytes } : {});
      investments = model.investments.length;
    }
    writeFileSync(options.out, pdf);
    process.stderr.write(`Wrote ${options.out} (${investments} investments, ${pdf.length} bytes)\n`);
    return 0;
  } finally {
    await disconnectDb();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
