import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser, createWorkspace } from "@/prisma/factories";
import { seedDemo } from "@/prisma/seed";
import { copyInvestments } from "@/tests/support/copy-investments";
import { countStatements } from "@/tests/support/sql-counter";
import { getConsultantOverview } from "./consultant-overview";
import { getMonthView } from "./month-view";

// The month view and the consultant overview read the stored portfolio: the number of SQL
// statements they send must not grow with the number of investments. Counted at the pg
// driver (every statement on the wire), with 3 investments against 30 (the bakery's three
// copied ten times), once the stored figures are fresh.
const today = new Date("2026-11-15T12:00:00Z");
let bakery = "";
let thirty = "";
let smallUser = "";
let largeUser = "";

beforeAll(async () => {
  const db = getDb();
  await seedDemo(db, { today });
  bakery = (await db.workspace.findUniqueOrThrow({ where: { slug: "bakkerij-de-vries" } })).id;
  const [small, large] = [await createUser(db), await createUser(db)];
  smallUser = small.id;
  largeUser = large.id;
  await db.membership.create({ data: { userId: smallUser, workspaceId: bakery, role: "viewer" } });
  const spread = [];
  for (let i = 0; i < 3; i++)
    spread.push(await createWorkspace(db, { members: [{ userId: largeUser, role: "owner" }] }));
  // 30 investments in one workspace for the month view; 30 over three workspaces for the overview.
  thirty = (await createWorkspace(db)).id;
  await copyInvestments(db, { from: bakery, to: thirty, times: 10 });
  for (const ws of spread) await copyInvestments(db, { from: bakery, to: ws.id, times: 3 });
  await copyInvestments(db, { from: bakery, to: spread[0].id, times: 1, only: ["AI-marketingtool"] });
  // The first read of each evaluates and stores the figures (work that grows with the portfolio, once).
  await getMonthView(bakery, "2026-11", { today });
  await getMonthView(thirty, "2026-11", { today });
  await getConsultantOverview(largeUser, { today });
}, 120_000);

describe("a fixed number of SQL statements, whatever the number of investments", () => {
  it.each(["2026-11", "2026-10", "2026-04"])(
    "month view %s: 3 investments and 30 send the same statements",
    async (period) => {
      const few = await countStatements(() => getMonthView(bakery, period, { today }));
      const many = await countStatements(() => getMonthView(thirty, period, { today }));
      if (few.result.kind !== "month" || many.result.kind !== "month") throw new Error("expected a month");
      // The thirty are real: ten times the bakery's figures.
      expect(many.result.changes.rows.length).toBeGreaterThan(0);
      expect(many.result.changes.rows).toHaveLength(few.result.changes.rows.length * 10);
      expect(many.statements).toBe(few.statements);
      // The freshness check, the workspace, its rate table, to record, money per investment and
      // per currency, the months of investments in other currencies (to convert), KPIs, and the
      // new leaks: the stored findings for the current month; for a past month its history up
      // to that month (investments, plan versions, KPIs, measurements, actuals: one statement
      // each) and the leak reviews.
      expect(many.statements).toBe(period === "2026-11" ? 9 : 14);
    },
  );

  it("consultant overview: 3 investments in one workspace and 30 over three send the same statements", async () => {
    const few = await countStatements(() => getConsultantOverview(smallUser, { today }));
    const many = await countStatements(() => getConsultantOverview(largeUser, { today }));
    expect(few.result.rows.map((r) => r.countedInvestments)).toEqual([3]);
    expect(many.result.rows.map((r) => r.countedInvestments).sort()).toEqual([10, 9, 9].sort());
    expect(many.statements).toBe(few.statements);
    // the user and memberships, the freshness check, the rate tables, stored figures, open
    // leaks, the category benchmark, the stored forecast accuracy, the months to convert
    expect(many.statements).toBe(8);
  });
});
