import { describe, expect, it } from "vitest";
import { signInAs } from "@/tests/support/session";
import { GET as exportInvestment } from "@/app/api/w/[slug]/investments/[id]/export/route";
import { GET as exportWorkspaceRoute } from "@/app/api/w/[slug]/export/route";
import { importActualsCsvAction } from "./actions";
import { parseActualsCsv, suggestMapping } from "./csv-parse";
import { readCsvTable } from "./csv-table";
import { createApprovedTwice, outsiderWorkspace, unwrap, workspaceWithMembers } from "./test-support";

const get = (slug: string, id: string, query = "") =>
  exportInvestment(new Request(`http://localhost/api/w/${slug}/investments/${id}/export${query}`), { params: Promise.resolve({ slug, id }) });
const getWorkspace = (slug: string) => exportWorkspaceRoute(new Request(`http://localhost/api/w/${slug}/export`), { params: Promise.resolve({ slug }) });

async function fixture(locale: string) {
  const members = await workspaceWithMembers({ locale });
  const id = await createApprovedTwice(members.ws.slug, { name: "Loyalty programme (Café)" });
  const csv = 'Month,Cost,Benefit,Note\n2026-01,12600,0,"=cmd, note"\n2026-02,1234.5,99.99,\n';
  unwrap(await importActualsCsvAction({ workspaceSlug: members.ws.slug, investmentId: id, csvText: csv, mapping: { month: "Month", cost: "Cost", benefit: "Benefit", note: "Note" } }));
  return { ...members, id };
}

describe("GET /api/w/[slug]/investments/[id]/export", () => {
  it("lets a viewer download format v1 JSON as an attachment", async () => {
    const { ws, viewer, id } = await fixture("en");
    signInAs(viewer);
    const response = await get(ws.slug, id, "?format=json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="loyalty-programme-cafe.json"; filename*=UTF-8''${encodeURIComponent("Loyalty programme (Café).json")}`,
    );
    expect(await response.json()).toMatchObject({ version: 1, name: "Loyalty programme (Café)", actuals: [{ month: 1 }, { month: 2 }] });
  });

  it("writes CSV with ';' and decimal commas for nl-NL, missing months empty, formulas defused", async () => {
    const { ws, viewer, id } = await fixture("nl-NL");
    signInAs(viewer);
    const response = await get(ws.slug, id, "?format=csv");
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Maand;Verwachte kosten;Verwachte opbrengst;Werkelijke kosten;Werkelijke opbrengst;Notitie");
    expect(lines[1]).toBe(`2026-01;12500,10;0,00;12600,00;0,00;"'=cmd, note"`);
    expect(lines[2]).toBe("2026-02;500,10;0,00;1234,50;99,99;");
    expect(lines[3]).toBe("2026-03;500,10;2500,50;;;");
    expect(lines.filter((l) => l.startsWith("20"))).toHaveLength(24);
  });

  it("exports a CSV that the importer reads back: columns guessed, actual months only", async () => {
    const { ws, id } = await fixture("nl-NL");
    const text = await (await get(ws.slug, id, "?format=csv")).text();
    const mapping = suggestMapping(readCsvTable(text.replace(/^\uFEFF/, "")).headers);
    expect(mapping).toEqual({ month: "Maand", cost: "Werkelijke kosten", benefit: "Werkelijke opbrengst", note: "Notitie" });
    const parsed = parseActualsCsv(text, { mapping, startMonth: "2026-01", horizonMonths: 24, currentPeriod: "2027-12" });
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.period, r.cost, r.benefit])).toEqual([
      ["2026-01", "12600.00", "0.00"],
      ["2026-02", "1234.50", "99.99"],
    ]);
    // Months without actuals have empty amounts: skipped, never read as zeros.
    expect(parsed.skipped).toHaveLength(22);
  });

  it("writes CSV with ',' and decimal points for English workspaces", async () => {
    const { ws, id } = await fixture("en");
    const text = await (await get(ws.slug, id, "?format=csv")).text();
    expect(text.split("\r\n")[2]).toBe("2026-02,500.10,0.00,1234.50,99.99,");
  });

  it("answers 404 to outsiders, for another workspace's id, 401 when signed out, 400 for an unknown format", async () => {
    const { ws, id } = await fixture("en");
    expect((await get(ws.slug, id, "?format=xml")).status).toBe(400);
    const { outsider, ws: other } = await outsiderWorkspace();
    signInAs(outsider);
    const outside = await get(ws.slug, id);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toEqual({ error: "Not found" });
    expect((await get(other.slug, id)).status).toBe(404);
    expect((await getWorkspace(ws.slug)).status).toBe(404);
    signInAs(null);
    expect((await get(ws.slug, id)).status).toBe(401);
    expect((await getWorkspace(ws.slug)).status).toBe(401);
  });
});

describe("GET /api/w/[slug]/export", () => {
  it("lets a viewer download the workspace export", async () => {
    const { ws, viewer } = await fixture("en");
    signInAs(viewer);
    const response = await getWorkspace(ws.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="workspace-ws-[a-z0-9-]+\.json"/);
    const body = await response.json();
    expect(body).toMatchObject({ format: "realised-workspace", version: 3, workspace: { locale: "en" }, exchangeRates: [] });
    expect(body.investments[0].actuals).toHaveLength(2);
  });
});
