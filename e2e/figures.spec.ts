import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { formatMoney, formatPercent, formatPeriod } from "@/lib/i18n/format";
import type { RoiResult } from "@/lib/roi";
import { DEMO_LOGIN } from "@/prisma/seed";
import { db, shot, signInViaApi } from "./support/fixtures";

// Issue 12's "done when": the roi command, the investment page and the PDF show the same NPV,
// IRR, discounted payback and probabilities. The investment's own export (format v1) is fed to
// the command line exactly as a user would; the page and the PDF must print its figures.

const out = path.resolve("e2e/output/figures");

function runRoiCommand(file: string): RoiResult {
  const tsx = path.resolve("node_modules/.bin/tsx");
  return JSON.parse(execFileSync(tsx, ["scripts/roi.ts", file], { encoding: "utf8" })) as RoiResult;
}

test("the roi command, the investment page and the PDF report show the same discounted figures and probabilities", async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync(out, { recursive: true });
  await signInViaApi(page, DEMO_LOGIN.email, DEMO_LOGIN.password);
  const investment = await db().investment.findFirstOrThrow({
    where: { name: "AI-marketingtool", workspace: { slug: "bakkerij-de-vries" } },
    select: { id: true },
  });
  const base = `/w/bakkerij-de-vries/investments/${investment.id}`;

  // 1. The command line, on the file the app exports.
  const exported = await page.request.get(`/api${base}/export?format=json`);
  expect(exported.ok()).toBe(true);
  const file = path.join(out, "ai-marketingtool.json");
  writeFileSync(file, await exported.body());
  const cli = runRoiCommand(file);
  const expected = cli.scenarios.expected!.totals;
  const simulation = cli.risk?.simulation;
  expect(cli.discountRatePct).toBe(8);
  expect(expected.discountedPaybackMonth).not.toBeNull();
  expect(simulation, "the demo plan has ranges, so the command simulates").toBeTruthy();
  const periodOf = (month: number) => cli.scenarios.expected!.months[month - 1].period;
  const figures = {
    npv: formatMoney(expected.npv, "en", "EUR"),
    irr: expected.irrPct === null ? null : formatPercent(expected.irrPct, "en"),
    discountedPayback: formatPeriod(periodOf(expected.discountedPaybackMonth!), "en"),
    probability: formatPercent(simulation!.paybackProbabilityPct, "en"),
    npvP10: formatMoney(simulation!.npv.p10!, "en", "EUR"),
    npvP90: formatMoney(simulation!.npv.p90!, "en", "EUR"),
    roiP50: formatPercent(simulation!.roiPct.p50, "en"),
  };
  expect(figures.irr, "the demo plan's flows change sign once: one IRR").not.toBeNull();

  // 2. The investment page.
  await page.goto(base);
  const row = page.getByTestId("discounted-expected");
  await expect(row).toContainText(figures.npv);
  await expect(row).toContainText(figures.irr!);
  await expect(row).toContainText(figures.discountedPayback);
  await expect(page.getByTestId("payback-probability-value")).toHaveText(figures.probability);
  const percentiles = page.getByTestId("percentiles-table");
  await expect(percentiles).toContainText(figures.npvP10);
  await expect(percentiles).toContainText(figures.npvP90);
  await expect(percentiles).toContainText(figures.roiP50);
  await expect(page.getByTestId("tornado")).toBeVisible();
  await shot(page, "investment-discounted-figures");

  // 3. The investment's PDF report, in English.
  const report = await page.request.get(`/api${base}/report?locale=en`);
  expect(report.ok()).toBe(true);
  const pdf = path.join(out, "ai-marketingtool.pdf");
  writeFileSync(pdf, await report.body());
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  for (const figure of Object.values(figures)) expect(text).toContain(figure!);
});
