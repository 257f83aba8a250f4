import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { getDb } from "@/lib/db/client";
import { findActualsPage } from "@/lib/actuals/queries";
import { dateToPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { countQueries } from "@/tests/support/query-counter";
import { appErrorOf, workspaceContextFor } from "@/tests/support/workspace-context";
import { importActualsCsvAction } from "./actions";
import { importActualsCsv } from "./csv-import";
import { importActualsCsvInput } from "./schemas";
import { createApprovedTwice, createInvestment, outsiderWorkspace, workspaceWithMembers } from "./test-support";

const mapping = { month: "Maand", cost: "Kosten", benefit: "Opbrengst", note: "Notitie" };
const nlFile = "\uFEFFMaand;Kosten;Opbrengst;Notitie\r\n01-01-2026;12.600,00;0;Livegang\r\n01-02-2026;500,10;1.234,56;\r\n01-03-2026;500,10;2.000;\r\n";

async function actualsOf(investmentId: string) {
  const rows = await getDb().actualMonth.findMany({ where: { investmentId }, orderBy: { month: "asc" }, include: { planVersion: { select: { version: true } } } });
  return rows.map((r) => ({ period: dateToPeriod(r.month), cost: r.cost.toFixed(2), benefit: r.benefit.toFixed(2), note: r.note, revision: r.revision, version: r.planVersion?.version ?? null, by: r.recordedByName }));
}

describe("importActualsCsvAction", () => {
  it("writes exactly the rows of the file, linked to the current plan version, remembers the mapping, audits once", async () => {
    const { ws, editor } = await workspaceWithMembers();
    const id = await createApprovedTwice(ws.slug);
    const result = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: nlFile, mapping });
    expect(result).toEqual({ ok: true, data: { imported: 3, created: 3, replaced: 0 } });
    expect(await actualsOf(id)).toEqual([
      { period: "2026-01", cost: "12600.00", benefit: "0.00", note: "Livegang", revision: 1, version: 2, by: editor.name },
      { period: "2026-02", cost: "500.10", benefit: "1234.56", note: "", revision: 1, version: 2, by: editor.name },
      { period: "2026-03", cost: "500.10", benefit: "2000.00", note: "", revision: 1, version: 2, by: editor.name },
    ]);
    expect((await getDb().csvMapping.findUniqueOrThrow({ where: { workspaceId: ws.id } })).mapping).toEqual(mapping);
    // The grid says where the months came from.
    const page = await findActualsPage(ws.id, id);
    expect(page?.grid.rows.slice(0, 3).map((r) => r.actual?.source)).toEqual(["csv", "csv", "csv"]);
    const audit = await getDb().auditLog.findMany({ where: { workspaceId: ws.id, action: "actuals.import-csv" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: id, after: { rows: 3, created: 3, replaced: 0, from: "2026-01", to: "2026-03", decimalFormat: "comma" } });
    // One actuals.recorded event for the whole file, with the months as stored.
    const events = await getDb().workspaceEvent.findMany({ where: { workspaceId: ws.id, type: "actuals.recorded" } });
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({
      investment: { id },
      source: "csv",
      months: [
        { month: "2026-01", cost: "12600.00", benefit: "0.00", revision: 1 },
        { month: "2026-02", cost: "500.10", benefit: "1234.56", revision: 1 },
        { month: "2026-03", cost: "500.10", benefit: "2000.00", revision: 1 },
      ],
    });
  });

  it("writes nothing when a single row is bad, naming its line", async () => {
    const { ws } = await workspaceWithMembers();
    const id = await createInvestment(ws.slug);
    const bad = `${nlFile}01-04-2026;-5;0;\r\n01-02-2026;1;1;\r\n`;
    const result = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: bad, mapping });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", message: "The file has problems; nothing was imported" });
    if (!result.ok) {
      expect(result.fieldErrors["line.5.cost"]?.[0]).toMatch(/negative/);
      expect(result.fieldErrors["line.6.month"]).toEqual(["2026-02 appears more than once (also on line 3)"]);
    }
    expect(await actualsOf(id)).toEqual([]);
    expect(await getDb().csvMapping.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await getDb().auditLog.count({ where: { workspaceId: ws.id, action: "actuals.import-csv" } })).toBe(0);
  });

  it("refuses months outside the horizon, future months and oversized files", async () => {
    const { ws, editor } = await workspaceWithMembers();
    const id = await createInvestment(ws.slug, { startMonth: "2026-02", horizonMonths: 3 });
    const outside = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: "Maand;Kosten;Opbrengst\n2026-01;1;1\n2026-05;1;1\n", mapping: { ...mapping, note: undefined } });
    expect(outside).toMatchObject({ ok: false });
    if (!outside.ok) expect(Object.keys(outside.fieldErrors).sort()).toEqual(["line.2.month", "line.3.month"]);
    // On 2026-11-20, 2026-12 has not begun; 2026-11 has.
    const today = new Date("2026-11-20T10:00:00Z");
    const ctx = await workspaceContextFor(editor, ws.slug);
    const laterId = await createInvestment(ws.slug, { startMonth: "2026-06" });
    const csvInput = (rows: string) =>
      importActualsCsvInput.parse({ investmentId: laterId, csvText: `Maand;Kosten;Opbrengst\n${rows}`, mapping: { month: "Maand", cost: "Kosten", benefit: "Opbrengst" } });
    const future = await appErrorOf(importActualsCsv(ctx, csvInput("2026-11;1;1\n2026-12;1;1\n"), today));
    expect(Object.keys(future.fieldErrors)).toEqual(["line.3.month"]);
    expect(future.fieldErrors["line.3.month"]?.[0]).toMatch(/in the future/);
    expect(await actualsOf(laterId)).toEqual([]);
    expect(await importActualsCsv(ctx, csvInput("2026-11;1;1\n"), today)).toEqual({ imported: 1, created: 1, replaced: 0 });
    const huge = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: "x".repeat(5 * 1024 * 1024 + 1), mapping });
    expect(huge).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!huge.ok) expect(huge.fieldErrors.csvText?.[0]).toMatch(/5 MB/);
    // Under the character limit but over 5 MB once encoded (€ is 3 bytes in UTF-8).
    const euros = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: "€".repeat(2 * 1024 * 1024), mapping });
    expect(euros).toMatchObject({ ok: false, fieldErrors: { file: ["The file is larger than 5 MB; split it into smaller files"] } });
    expect(await actualsOf(id)).toEqual([]);
  });

  it("refuses a file whose rows all lack amounts, writing nothing", async () => {
    const { ws } = await workspaceWithMembers();
    const id = await createInvestment(ws.slug);
    const result = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: "Maand;Kosten;Opbrengst\n2026-01;;\n", mapping: { month: "Maand", cost: "Kosten", benefit: "Opbrengst" } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: ["The file has no month with amounts to import"] } });
    expect(await getDb().csvMapping.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("keeps existing months unless asked to replace them; replacing bumps their revision", async () => {
    const { ws } = await workspaceWithMembers();
    const id = await createApprovedTwice(ws.slug);
    await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: nlFile, mapping });
    const second = "Maand;Kosten;Opbrengst;Notitie\n2026-03;999,99;1;herzien\n2026-04;10;20;\n";
    const refused = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: second, mapping });
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.fieldErrors["line.2.month"]?.[0]).toMatch(/already has actuals/);
    // A refused file records no event.
    expect(await getDb().workspaceEvent.count({ where: { workspaceId: ws.id, type: "actuals.recorded" } })).toBe(1);
    expect((await actualsOf(id)).map((a) => a.period)).toEqual(["2026-01", "2026-02", "2026-03"]);
    // As if typed in: a replaced month then came from the file, the others still did not.
    await getDb().actualMonth.updateMany({ where: { investmentId: id }, data: { source: "ui" } });

    const replaced = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: second, mapping, replaceExisting: true });
    expect(replaced).toEqual({ ok: true, data: { imported: 2, created: 1, replaced: 1 } });
    const rows = await actualsOf(id);
    expect(rows.map((r) => [r.period, r.cost, r.note, r.revision])).toEqual([
      ["2026-01", "12600.00", "Livegang", 1],
      ["2026-02", "500.10", "", 1],
      ["2026-03", "999.99", "herzien", 2],
      ["2026-04", "10.00", "", 1],
    ]);
    const sources = await getDb().actualMonth.findMany({ where: { investmentId: id }, orderBy: { month: "asc" }, select: { source: true } });
    expect(sources.map((r) => r.source)).toEqual(["ui", "ui", "csv", "csv"]);
  });

  it("replaces any number of months in a constant number of statements, exactly, resetting driver breakdowns", async () => {
    const { ws, editor } = await workspaceWithMembers();
    const id = await createApprovedTwice(ws.slug, { startMonth: "2016-01", horizonMonths: 120 });
    const periods = Array.from({ length: 120 }, (_, i) => periodOfMonthNumber("2016-01", i + 1));
    const file = (rows: string[]) => `Month,Cost,Benefit,Note\n${rows.join("\n")}\n`;
    const replace = (csvText: string) => importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText, mapping: { month: "Month", cost: "Cost", benefit: "Benefit", note: "Note" }, replaceExisting: true });
    await replace(file(periods.map((p) => `${p},1,1,first`)));
    await getDb().actualMonth.updateMany({ where: { investmentId: id }, data: { benefitByDriver: { Old: "1.00" } } });

    const two = await countQueries(() => replace(file(periods.slice(0, 2).map((p) => `${p},2,2,second`))));
    expect(two.result).toEqual({ ok: true, data: { imported: 2, created: 0, replaced: 2 } });
    const startedAt = Date.now();
    const all = await countQueries(() => replace(file(periods.map((p, i) => `${p},${999_999_999_999 - i}.99,0.0${i % 10},"last, ${i}"`))));
    expect(all.result).toEqual({ ok: true, data: { imported: 120, created: 0, replaced: 120 } });
    // The same statements whatever the number of months; only whether leaks opened (one
    // insert of their events, or none) may differ between the two imports.
    const withoutLeakEvents = (ops: string[]) => ops.filter((op) => op !== "WorkspaceEvent.createMany");
    expect(withoutLeakEvents(all.operations).length).toBe(withoutLeakEvents(two.operations).length);
    expect(all.queries - two.queries).toBeLessThanOrEqual(1);

    const rows = await getDb().actualMonth.findMany({ where: { investmentId: id }, orderBy: { month: "asc" }, include: { planVersion: { select: { version: true } } } });
    expect(rows).toHaveLength(120);
    rows.forEach((row, i) => {
      expect([row.cost.toFixed(2), row.benefit.toFixed(2), row.note, row.revision]).toEqual([`${999_999_999_999 - i}.99`, `0.0${i % 10}`, `last, ${i}`, i < 2 ? 3 : 2]);
      expect([row.benefitByDriver, row.planVersion?.version, row.recordedById, row.recordedByName]).toEqual([null, 2, editor.id, editor.name]);
      // Stamped in UTC like Prisma's @updatedAt (a wrong time zone would be hours off).
      expect(Math.abs(row.updatedAt.getTime() - startedAt)).toBeLessThan(60_000);
    });
  });

  it("offers the remembered mapping of the workspace next time", async () => {
    const { ws } = await workspaceWithMembers();
    const id = await createInvestment(ws.slug);
    const custom = { month: "Periode", cost: "Uitgaven", benefit: "Resultaat" };
    const ok = await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: "Periode,Uitgaven,Resultaat\n2026-01,1.50,2\n", mapping: custom });
    expect(ok.ok).toBe(true);
    const { getCsvImportContext } = await import("./queries");
    const context = await getCsvImportContext(ws.id, await createInvestment(ws.slug));
    expect(context?.rememberedMapping).toEqual(custom);
  });

  it("keeps viewers out (FORBIDDEN) and answers NOT_FOUND for another workspace's investment", async () => {
    const { ws, viewer } = await workspaceWithMembers();
    const id = await createInvestment(ws.slug);
    signInAs(viewer);
    expect(await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: nlFile, mapping })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const { outsider, ws: other } = await outsiderWorkspace();
    signInAs(outsider);
    expect(await importActualsCsvAction({ workspaceSlug: other.slug, investmentId: id, csvText: nlFile, mapping })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await importActualsCsvAction({ workspaceSlug: ws.slug, investmentId: id, csvText: nlFile, mapping })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await actualsOf(id)).toEqual([]);
    expect(await getDb().csvMapping.count({ where: { workspaceId: other.id } })).toBe(0);
  });
});
