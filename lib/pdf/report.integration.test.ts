import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { seedDemo } from "@/prisma/seed";
import { loadReportModel } from "./load-report-data";
import { countPdfPages, renderInvestmentReport, renderWorkspaceReport } from "./render";
import type { ReportModel } from "./report-model";

// Figures checked by hand in lib/dashboard/dashboard.integration.test.ts.
const today = new Date("2026-11-15T12:00:00Z");
const period = { from: "2026-01", to: "2026-10" };
const work = mkdtempSync(path.join(tmpdir(), "realised-pdf-"));
let bakeryId = "";

beforeAll(async () => {
  await seedDemo(getDb(), { today });
  bakeryId = (await getDb().workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" } })).id;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** pdftotext (Debian poppler-utils), with non-breaking spaces as plain spaces. */
function pdfText(pdf: Buffer, name: string): string {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\u00a0/g, " ");
}
/** The same with every run of white space as one space (sentences wrap over lines). */
const flat = (text: string) => text.replace(/\s+/g, " ");

const load = (locale: "nl" | "en", investmentId?: string): Promise<ReportModel> =>
  loadReportModel({ workspaceId: bakeryId, period, scenario: "expected", locale, generatedAt: today, investmentId });

describe("workspace report PDF of the seeded bakery", () => {
  it("in Dutch: the hand-checked figures, investments, a next step and page numbers", async () => {
    const model = await load("nl");
    const pdf = await renderWorkspaceReport(model);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf, "bakery-nl");
    expect(text).toContain("Bakkerij De Vries");
    expect(text).toContain("Opgesteld door: Demi de Consultant");
    expect(text).toContain("€ 50.078,12");
    expect(text).toContain("€ 73.803,00");
    expect(text).toContain("€ 23.724,88");
    expect(text).toContain("47,38%");
    for (const name of ["Spaarprogramma vaste klanten", "Online bestelformulier"]) expect(text).toContain(name);
    expect(flat(text)).toContain("Vul de kosten en baten van elke ontbrekende maand in");
    expect(text).toContain("Waardelekken, grootste eerst");
    expect(text).toContain("Bijlage: begrippen en formules");
    const pages = Number(/Pagina 1 van (\d+)/.exec(text)?.[1]);
    // Cover, summary, overview, at least a page per investment, ranked leaks, a two-page appendix.
    expect(pages).toBeGreaterThanOrEqual(model.investments.length + 6);
    expect(countPdfPages(pdf)).toBe(pages);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Pagina ${page} van ${pages}`);
    // The cover's contents point at the page each part starts on.
    const file = path.join(work, "bakery-nl.pdf");
    const pageText = (page: number) =>
      execFileSync("pdftotext", ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" }).trim();
    const contents = {
      Samenvatting: "Samenvatting",
      "Investeringen in één oogopslag": "Investeringen in één oogopslag",
      "Per investering": model.investments[0].name,
      Waardelekken: "Waardelekken, grootste eerst",
      "Bijlage: begrippen en formules": "Bijlage: begrippen en formules",
    };
    const cover = flat(pageText(1));
    for (const [entry, heading] of Object.entries(contents)) {
      const page = Number(new RegExp(`${entry} (\\d+)`).exec(cover)?.[1]);
      expect(page, entry).toBeGreaterThan(1);
      expect(pageText(page).startsWith(heading), `${entry} on page ${page}`).toBe(true);
    }
    expect(text).toContain("Gemaakt op 15 nov 2026, 13:00"); // Europe/Amsterdam
  });

  it("in English: the same figures in the English format", async () => {
    const text = pdfText(await renderWorkspaceReport(await load("en")), "bakery-en");
    expect(text).toContain("€50,078.12");
    expect(text).toContain("€73,803.00");
    expect(text).toContain("47.38%");
    expect(text).toContain("Prepared by: Demi de Consultant");
    expect(flat(text)).toContain(
      "Record cost and benefit for these months so realised ROI can be measured against the forecast.",
    );
    expect(text).toContain("Page 1 of");
    expect(text).toContain("Appendix: definitions and formulas");
  });

  it("keeps the cover, the summary, an investment page and the appendix as PNGs (CI artefacts)", async () => {
    const file = path.join(work, "bakery-png.pdf");
    const pdf = await renderWorkspaceReport(await load("nl"));
    writeFileSync(file, pdf);
    const outDir = path.resolve("e2e/output/report-pages");
    mkdirSync(outDir, { recursive: true });
    const cover = flat(execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" }));
    const pageOf = (entry: string) => Number(new RegExp(`${entry} (\\d+)`).exec(cover)?.[1]);
    const keep = {
      cover: 1,
      summary: 2,
      investment: pageOf("Per investering"),
      appendix: pageOf("Bijlage: begrippen en formules"),
    };
    for (const [name, page] of Object.entries(keep)) {
      expect(page, name).toBeGreaterThan(0);
      const target = path.join(outDir, `bakery-nl-${name}`);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "60",
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        file,
        target,
      ]);
      expect(statSync(`${target}.png`).size).toBeGreaterThan(1000);
    }
  });

  it("leaves out facts after the period: a report on 2026-01..2026-03 shows less", async () => {
    const early = await loadReportModel({
      workspaceId: bakeryId,
      period: { from: "2026-01", to: "2026-03" },
      scenario: "expected",
      locale: "en",
      generatedAt: today,
    });
    const full = await load("en");
    expect(early.summary.headline.invested).toBeLessThan(full.summary.headline.invested);
    expect(early.investments.flatMap((i) => i.chart).filter((p) => p.actual !== null && p.period > "2026-03")).toEqual(
      [],
    );
  });
});

describe("one-page investment report", () => {
  it("has one page with the investment's figures and leaks", async () => {
    const model = await load("nl");
    const order = model.investments.find((i) => i.name === "Online bestelformulier")!;
    const text = pdfText(await renderInvestmentReport(model, order.id), "order-form-nl");
    expect(text).toContain("Online bestelformulier");
    expect(text).toMatch(/Pagina 1 van \d/); // its section alone (a month table may run onto a second page)
    expect(text).toContain("Ontbrekende cijfers");
    expect(text).toContain("26,72%");
  });

  it("an investment of another workspace is not found", async () => {
    const other = await getDb().workspace.findUniqueOrThrow({ where: { slug: "webshop-noord" } });
    const foreign = await getDb().investment.findFirstOrThrow({ where: { workspaceId: other.id } });
    await expect(load("nl", foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a workspace without investments", () => {
  it("gives a short report saying so", async () => {
    const empty = await createWorkspace(getDb(), { name: "Lege Werkruimte" });
    const model = await loadReportModel({
      workspaceId: empty.id,
      period,
      scenario: "expected",
      locale: "nl",
      generatedAt: today,
      consultantName: "",
    });
    const text = pdfText(await renderWorkspaceReport(model), "empty-nl");
    expect(text).toContain("Lege Werkruimte");
    expect(text).toContain("Nog geen investeringen");
    // The cover, then the appendix only: no summary, overview or leak pages.
    expect(text).toContain("Bijlage: begrippen en formules");
    expect(text).not.toContain("Samenvatting");
    expect(text).not.toContain("Inhoud");
  });
});

describe("a EUR workspace with a USD investment and its rates", () => {
  const PLAN = {
    costs: [{ kind: "oneTime", label: "Set-up", amount: 5500, month: 1 }],
    benefits: [{ kind: "fixed", label: "Fee", monthly: 1000 }],
  };
  const month = (m: number) => new Date(Date.UTC(2026, m - 1, 1));

  async function currencyWorkspace(rates: [number, string][]) {
    const ws = await createWorkspace(getDb(), { name: "Valuta Werkruimte" });
    const create = async (name: string, currency: string, actuals: [number, string, string][]) => {
      const header = { name, currency, startMonth: "2026-01", horizonMonths: 12 };
      const investment = await getDb().investment.create({
        data: {
          ...header,
          workspaceId: ws.id,
          startMonth: month(1),
          plan: PLAN,
          status: "active",
          versions: { create: { version: 1, definition: { ...header, ...PLAN }, reason: "Approved" } },
        },
      });
      for (const [m, cost, benefit] of actuals)
        await getDb().actualMonth.create({
          data: { workspaceId: ws.id, investmentId: investment.id, month: month(m), cost, benefit },
        });
    };
    await create("Web shop", "EUR", [
      [1, "5500", "1000"],
      [2, "0", "1000"],
      [3, "0", "1000"],
      [4, "0", "1000"],
      [5, "0", "1000"],
      [6, "0", "1000"],
    ]);
    await create("US ads", "USD", [
      [1, "5500", "1000"],
      [2, "0", "1000"],
      [3, "0", "1000"],
    ]);
    // 1 EUR = rate USD (the ECB's way): a USD amount is divided by it.
    for (const [m, rate] of rates)
      await getDb().exchangeRate.create({
        data: {
          workspaceId: ws.id,
          fromCurrency: "EUR",
          toCurrency: "USD",
          month: month(m),
          rate,
          source: "ecb",
          enteredByName: "Test",
        },
      });
    return loadReportModel({
      workspaceId: ws.id,
      period,
      scenario: "expected",
      locale: "en",
      generatedAt: today,
      consultantName: "",
    });
  }

  it("the headline adds the USD figures converted month by month; the appendix lists the rates used", async () => {
    const model = await currencyWorkspace([
      [1, "1.0823"],
      [2, "1.09"],
      [3, "1.1"],
    ]);
    // USD 5500 ÷ 1.0823 = 5081.77; 1000 ÷ 1.0823 = 923.96, ÷ 1.09 = 917.43, ÷ 1.1 = 909.09.
    // Invested 5500 + 5081.77 = 10581.77; realised 6000 + 923.96 + 917.43 + 909.09 = 8750.48.
    expect(model.summary.headline).toMatchObject({
      currency: "EUR",
      investments: 2,
      invested: 10581.77,
      realised: 8750.48,
    });
    expect(model.summary.conversion.complete).toBe(true);
    const pdf = await renderWorkspaceReport(model);
    const file = path.join(work, "currency-en.pdf");
    const text = flat(pdfText(pdf, "currency-en"));
    expect(text).toContain("€10,581.77");
    expect(text).toContain("€8,750.48");
    expect(text).toContain("In USD: 1 investment; invested $5,500.00, realised $3,000.00");
    expect(text).toContain("in the EUR totals: invested €5,081.77, realised €2,750.48");
    expect(text).toContain("In EUR (reporting currency): invested €5,081.77, realised €2,750.48");
    // The appendix: every stored rate used, its source and what it converted.
    const cover = flat(execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" }));
    const ratesPage = Number(/Appendix: exchange rates used (\d+)/.exec(cover)?.[1]);
    expect(ratesPage).toBeGreaterThan(1);
    const appendix = flat(
      execFileSync("pdftotext", ["-layout", "-f", String(ratesPage), "-l", String(ratesPage), file, "-"], {
        encoding: "utf8",
      }),
    );
    expect(appendix.startsWith("Appendix: exchange rates used")).toBe(true);
    for (const [m, rate] of [
      ["2026-01", "1.0823"],
      ["2026-02", "1.09"],
      ["2026-03", "1.1"],
    ])
      expect(appendix).toContain(`${m} EUR→USD ${rate} ECB file USD→EUR (÷)`);
    expect(appendix).toContain("US ads: 9 forecast months (2026-04 – 2026-12) at the 2026-03 USD→EUR rate.");
  });

  it("a missing rate: the headline leaves that month out and says it is incomplete, naming the rate", async () => {
    const model = await currencyWorkspace([
      [1, "1.0823"],
      [3, "1.1"],
    ]);
    // Without 2026-02's 917.43: realised 8750.48 − 917.43 = 7833.05.
    expect(model.summary.headline).toMatchObject({ invested: 10581.77, realised: 7833.05 });
    const text = flat(pdfText(await renderWorkspaceReport(model), "currency-missing-en"));
    expect(text).toContain("€7,833.05");
    expect(text).toContain(
      "Incomplete: 1 exchange rate is missing, so those months are not in the EUR totals: 2026-02 USD→EUR.",
    );
    expect(text).toContain("Incomplete: rate missing for 2026-02 USD→EUR");
  });
});

describe("route handlers", () => {
  const url = (slug: string, rest = "") => `http://app.test/api/w/${slug}${rest}`;
  const workspaceParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

  it("a viewer downloads the workspace PDF; an outsider gets 404 JSON; a bad period is a 400 naming the field", async () => {
    // Imported after tests/support/session has replaced the session lookup.
    const { GET: workspaceReportRoute } = await import("@/app/api/w/[slug]/report/route");
    const { GET: investmentReportRoute } = await import("@/app/api/w/[slug]/investments/[id]/report/route");
    const viewer = await createUser(getDb());
    const outsider = await createUser(getDb());
    await getDb().membership.create({ data: { workspaceId: bakeryId, userId: viewer.id, role: "viewer" } });
    const ok = await actAs(viewer, () =>
      workspaceReportRoute(
        new Request(url("bakkerij-de-vries", "/report?period=2026-01..2026-10&locale=en")),
        workspaceParams("bakkerij-de-vries"),
      ),
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-disposition")).toBe('attachment; filename="bakkerij-de-vries-2026-01-2026-10.pdf"');
    expect(pdfText(Buffer.from(await ok.arrayBuffer()), "route-en")).toContain("€50,078.12");

    const hidden = await actAs(outsider, () =>
      workspaceReportRoute(new Request(url("bakkerij-de-vries", "/report")), workspaceParams("bakkerij-de-vries")),
    );
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toEqual({ error: "Not found" });

    const bad = await actAs(viewer, () =>
      workspaceReportRoute(
        new Request(url("bakkerij-de-vries", "/report?period=2026-13")),
        workspaceParams("bakkerij-de-vries"),
      ),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^period must be YYYY-MM/);

    const order = await getDb().investment.findFirstOrThrow({
      where: { workspaceId: bakeryId, name: "Online bestelformulier" },
    });
    const one = await actAs(viewer, () =>
      investmentReportRoute(new Request(url("bakkerij-de-vries", `/investments/${order.id}/report?period=2026-10`)), {
        params: Promise.resolve({ slug: "bakkerij-de-vries", id: order.id }),
      }),
    );
    expect(one.status).toBe(200);
    expect(one.headers.get("content-type")).toBe("application/pdf");
  });
});
