// Set-based seeding for `npm run bench:dashboard`: users, workspaces and investments go in
// as a few multi-row statements (jsonb_to_recordset), and every ActualMonth row is made by
// Postgres itself from a per-investment staging row (generate_series), never row by row.
import bcrypt from "bcryptjs";
import type pg from "pg";
import { currentPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { createRandom, generateInvestment, type InvestmentSeed, type Random } from "./plans";

export const BENCH_PASSWORD = "bench-password-2026";
export type BenchUser = { id: string; email: string };
export type SeededWorkspace = { id: string; slug: string; investments: number; actualRows: number };
export type Seeded = {
  owner: BenchUser;
  consultant: BenchUser;
  small: SeededWorkspace;
  large: SeededWorkspace;
  consultantWorkspaces: SeededWorkspace[];
  /** A 120-month investment (actuals up to last month) per bench workspace, for the investment page and PDF. */
  longInvestment: { small: InvestmentSeed; large: InvestmentSeed };
  actualRows: number;
};

type Sizes = {
  smallInvestments: number;
  largeInvestments: number;
  consultantWorkspaces: number;
  consultantInvestments: number;
};

export function sizesFor(scale: number): Sizes {
  const at = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    smallInvestments: at(170),
    largeInvestments: at(1700),
    consultantWorkspaces: 50,
    consultantInvestments: at(40),
  };
}

const AUTHOR_NAME = "Bench Owner";

export async function seedBench(
  client: pg.Client,
  options: { scale: number; today: Date; seed: number },
): Promise<Seeded> {
  const sizes = sizesFor(options.scale);
  const random = createRandom(options.seed);
  const now = currentPeriod(options.today);
  // Throw-away cluster: no fsync waits, and no per-row foreign-key triggers (every key is
  // consistent by construction); both only for this session.
  await client.query("SET synchronous_commit = off");
  await client.query("SET session_replication_role = replica");

  const passwordHash = await bcrypt.hash(BENCH_PASSWORD, 10);
  const owner = { id: "bench-user-owner", email: "owner@bench.test" };
  const consultant = { id: "bench-user-consultant", email: "consultant@bench.test" };
  await insertRecords(
    client,
    "User",
    ["id text", "email text", "name text", `"passwordHash" text`, "locale text"],
    [
      { id: owner.id, email: owner.email, name: AUTHOR_NAME, passwordHash, locale: "en" },
      { id: consultant.id, email: consultant.email, name: "Bench Consultant", passwordHash, locale: "en" },
    ],
  );

  const small = { id: "bench-ws-20k", slug: "bench-20k", investments: sizes.smallInvestments, actualRows: 0 };
  const large = { id: "bench-ws-200k", slug: "bench-200k", investments: sizes.largeInvestments, actualRows: 0 };
  const consultantWorkspaces = Array.from({ length: sizes.consultantWorkspaces }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return {
      id: `bench-ws-client-${n}`,
      slug: `bench-client-${n}`,
      investments: sizes.consultantInvestments,
      actualRows: 0,
    };
  });
  const workspaces = [small, large, ...consultantWorkspaces];
  await insertRecords(
    client,
    "Workspace",
    ["id text", "name text", "slug text", "currency text"],
    workspaces.map((w) => ({ id: w.id, name: `Bench ${w.slug}`, slug: w.slug, currency: "EUR" })),
  );
  await insertRecords(
    client,
    "Membership",
    [`id text`, `"workspaceId" text`, `"userId" text`, "role text"],
    [
      ...[small, large].map((w) => ({ id: `m-${w.id}`, workspaceId: w.id, userId: owner.id, role: "owner" })),
      ...consultantWorkspaces.map((w) => ({
        id: `m-${w.id}`,
        workspaceId: w.id,
        userId: consultant.id,
        role: "owner",
      })),
    ],
    { role: `"Role"` },
  );

  // 120 months of actuals each, ending last month or up to 11 months earlier.
  const longShape = (r: Random) => {
    const endsMonthsAgo = r() < 0.5 ? 1 : 1 + Math.floor(r() * 11);
    return { horizonMonths: 120, actualMonths: 120, startMonth: periodOfMonthNumber(now, 1 - (endsMonthsAgo + 119)) };
  };
  // Running investments: 24–60 months recorded up to last month, a horizon of up to 120.
  const runningShape = (r: Random) => {
    const actualMonths = 24 + Math.floor(r() * 37);
    return {
      horizonMonths: Math.min(120, actualMonths + 12 + Math.floor(r() * 60)),
      actualMonths,
      startMonth: periodOfMonthNumber(now, 1 - actualMonths),
    };
  };
  let actualRows = 0;
  const longest: InvestmentSeed[] = [];
  for (const workspace of workspaces) {
    const isBench = workspace === small || workspace === large;
    const investments = Array.from({ length: workspace.investments }, (_, index) => {
      const shape = isBench ? longShape(random) : runningShape(random);
      const currency = workspace === large && random() < 0.03 ? "USD" : "EUR";
      const id = `${workspace.id}-inv-${String(index + 1).padStart(5, "0")}`;
      return generateInvestment(random, {
        ...shape,
        id,
        planVersionId: `${id}-v1`,
        workspaceId: workspace.id,
        index,
        currency,
      });
    });
    for (let from = 0; from < investments.length; from += 400)
      await insertInvestments(client, investments.slice(from, from + 400), owner);
    workspace.actualRows = investments.reduce((n, i) => n + i.actualMonths, 0);
    actualRows += workspace.actualRows;
    if (isBench) {
      const candidate =
        investments.find(
          (i) => i.kpi && periodOfMonthNumber(i.startMonth, i.actualMonths) === periodOfMonthNumber(now, 0),
        ) ?? investments[0];
      longest.push(candidate);
    }
  }
  await client.query("SET session_replication_role = DEFAULT");
  await client.query("ANALYZE");
  return {
    owner,
    consultant,
    small,
    large,
    consultantWorkspaces,
    longInvestment: { small: longest[0], large: longest[1] },
    actualRows,
  };
}

/** One INSERT … SELECT FROM jsonb_to_recordset($1) for any number of rows; `casts` turns text columns into enums. */
async function insertRecords(
  client: pg.Client,
  table: string,
  columns: string[],
  rows: Record<string, unknown>[],
  casts: Record<string, string> = {},
) {
  const names = columns.map((c) => c.split(" ")[0]);
  const values = names.map((n) => (casts[n.replaceAll('"', "")] ? `${n}::${casts[n.replaceAll('"', "")]}` : n));
  const hasUpdatedAt = ["User", "Workspace"].includes(table);
  await client.query(
    `INSERT INTO "${table}" (${names.join(", ")}${hasUpdatedAt ? `, "updatedAt"` : ""})
     SELECT ${values.join(", ")}${hasUpdatedAt ? ", now()" : ""} FROM jsonb_to_recordset($1::jsonb) AS x(${columns.join(", ")})`,
    [JSON.stringify(rows)],
  );
}

async function insertInvestments(client: pg.Client, investments: InvestmentSeed[], author: BenchUser) {
  const json = JSON.stringify(investments);
  await client.query(
    `INSERT INTO "Investment" (id, "workspaceId", name, category, "ownerName", "startMonth", "horizonMonths", currency, status, plan, "createdById", "updatedAt")
     SELECT id, "workspaceId", name, category::"InvestmentCategory", 'Bench Owner', ("startMonth" || '-01')::date, "horizonMonths", currency,
            status::"InvestmentStatus", plan, $2, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, "workspaceId" text, name text, category text, "startMonth" text, "horizonMonths" int, currency text, status text, plan jsonb)`,
    [json, author.id],
  );
  await client.query(
    `INSERT INTO "PlanVersion" (id, "workspaceId", "investmentId", version, definition, reason, "createdById", "createdByName")
     SELECT "planVersionId", "workspaceId", id, 1, definition, 'Plan approved', $2, $3
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, "planVersionId" text, "workspaceId" text, definition jsonb)`,
    [json, author.id, AUTHOR_NAME],
  );
  // Actuals near the plan: factor × noise in ±5% (cost) and ±10% (benefit), a shortfall
  // from `shortfallFrom` on; the noise is a hash of (investment, month), so reproducible.
  await client.query(
    `INSERT INTO "ActualMonth" (id, "workspaceId", "investmentId", month, cost, benefit, "planVersionId", "recordedById", "recordedByName", "updatedAt")
     SELECT x.id || '-' || g, x."workspaceId", x.id, (("startMonth" || '-01')::date + make_interval(months => g - 1))::date,
            round((x."plannedCost"[g] * x."costFactor" * (0.95 + 0.1 * ((hashtext(x.id || 'c' || g) & 1048575) / 1048576.0)))::numeric, 2),
            round((x."plannedBenefit"[g] * CASE WHEN g >= x."shortfallFrom" THEN x."shortfallFactor" ELSE x."benefitFactor" END
                   * (0.9 + 0.2 * ((hashtext(x.id || 'b' || g) & 1048575) / 1048576.0)))::numeric, 2),
            x."planVersionId", $2, $3, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, "planVersionId" text, "workspaceId" text, "startMonth" text, "actualMonths" int,
            "plannedCost" float8[], "plannedBenefit" float8[], "costFactor" float8, "benefitFactor" float8, "shortfallFrom" int, "shortfallFactor" float8),
          generate_series(1, x."actualMonths") AS g`,
    [JSON.stringify(investments.map(({ plan: _p, definition: _d, kpi: _k, ...rest }) => rest)), author.id, AUTHOR_NAME],
  );
  const kpis = investments.flatMap((i) =>
    i.kpi
      ? [{ ...i.kpi, id: `${i.id}-kpi`, investmentId: i.id, workspaceId: i.workspaceId, startMonth: i.startMonth }]
      : [],
  );
  if (kpis.length === 0) return;
  const kpiJson = JSON.stringify(kpis);
  await client.query(
    `INSERT INTO "Kpi" (id, "workspaceId", "investmentId", name, unit, baseline, "baselineDate", target, direction, position)
     SELECT id, "workspaceId", "investmentId", name, unit, baseline, ("startMonth" || '-01')::date, target, direction::"KpiDirection", 0
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, "workspaceId" text, "investmentId" text, name text, unit text, baseline numeric, target numeric, direction text, "startMonth" text)`,
    [kpiJson],
  );
  await client.query(
    `INSERT INTO "KpiMeasurement" (id, "workspaceId", "kpiId", month, value, "updatedAt")
     SELECT x.id || '-' || (m->>'month'), x."workspaceId", x.id, (("startMonth" || '-01')::date + make_interval(months => (m->>'month')::int - 1))::date,
            (m->>'value')::numeric, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, "workspaceId" text, "startMonth" text, measurements jsonb), jsonb_array_elements(x.measurements) AS m`,
    [kpiJson],
  );
}
