// `npm run bench:report`: renders the workspace report of a 50-investment workspace and
// prints the seconds it takes (load + engine + PDF), wall clock and this process's CPU time
// (on a busy machine the wall clock mostly measures the other processes). A benchmark,
// not a test; aim < 1 s. BENCH_SPLIT=1 prints load and render apart for every run.
// Builds the workspace in a throw-away database (embedded Postgres in .data/pg-bench unless
// DATABASE_URL is set) and drops the database afterwards; the cluster stays for the next run.
import { availableParallelism, loadavg } from "node:os";
import { dropDatabase } from "@/lib/db/database-admin";
import { prepareDatabase } from "@/lib/db/prepare-database";

// As the server runs it (React's development build is several times slower).
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });

const INVESTMENTS = 50;
const RUNS = 5;
const today = new Date("2026-11-15T12:00:00Z");
const database = `realised_bench_${process.pid}`;
const dataDir = ".data/pg-bench";

const db = await prepareDatabase({ dataDir, database, fresh: true });
process.env.DATABASE_URL = db.databaseUrl;
const { getDb, disconnectDb } = await import("@/lib/db/client");
const { createUser, createWorkspace } = await import("@/prisma/factories");
const { seedDemoInvestments } = await import("@/prisma/seed-investments");
const { DEMO_INVESTMENTS } = await import("@/prisma/demo-investments");
const { loadReportModel } = await import("@/lib/pdf/load-report-data");
const { countPdfPages, renderInvestmentReport, renderWorkspaceReport } = await import("@/lib/pdf/render");

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

try {
  const prisma = getDb();
  const author = await createUser(prisma, { name: "Bench Consultant" });
  const workspace = await createWorkspace(prisma, {
    name: "Benchmark BV",
    members: [{ userId: author.id, role: "owner" }],
  });
  // Every demo investment (all templates, KPIs, leaks) again and again, numbered, until there are 50.
  const everyDemoHere = Object.fromEntries(DEMO_INVESTMENTS.map((d) => [d.workspace, workspace.id]));
  for (
    let round = 1;
    (await prisma.investment.count({ where: { workspaceId: workspace.id } })) < INVESTMENTS;
    round++
  ) {
    await prisma.$transaction(
      (tx) =>
        seedDemoInvestments(tx, { workspaces: everyDemoHere, author: { id: author.id, name: author.name }, today }),
      { timeout: 60_000 },
    );
    const fresh = await prisma.investment.findMany({
      where: { workspaceId: workspace.id, NOT: { name: { contains: " #" } } },
      select: { id: true, name: true },
    });
    for (const investment of fresh)
      await prisma.investment.update({ where: { id: investment.id }, data: { name: `${investment.name} #${round}` } });
  }
  const extra = await prisma.investment.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "desc" },
    skip: INVESTMENTS,
    select: { id: true },
  });
  await prisma.investment.deleteMany({ where: { workspaceId: workspace.id, id: { in: extra.map((e) => e.id) } } });

  const options = {
    workspaceId: workspace.id,
    period: { from: "2026-01", to: "2026-10" },
    scenario: "expected" as const,
    locale: "nl" as const,
    generatedAt: today,
  };
  await renderWorkspaceReport(await loadReportModel(options)); // warm-up: module loading and font metrics
  const timings: number[] = [];
  const cpu: number[] = [];
  let pages = 0;
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    const model = await loadReportModel(options);
    const loaded = seconds(start);
    const loadedCpu = cpuSeconds(startCpu);
    const pdf = await renderWorkspaceReport(model);
    timings.push(seconds(start));
    cpu.push(cpuSeconds(startCpu));
    if (process.env.BENCH_SPLIT)
      console.log(
        `load ${loaded.toFixed(3)} s (cpu ${loadedCpu.toFixed(3)} s), render ${(seconds(start) - loaded).toFixed(3)} s (cpu ${(cpu[run] - loadedCpu).toFixed(3)} s)`,
      );
    bytes = pdf.length;
    pages = countPdfPages(pdf);
  }
  timings.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const count = await prisma.investment.count({ where: { workspaceId: workspace.id } });
  console.log(`Workspace report, ${count} investments, ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB`);
  console.log(
    `median ${timings[Math.floor(RUNS / 2)].toFixed(3)} s · best ${timings[0].toFixed(3)} s · worst ${timings[RUNS - 1].toFixed(3)} s (${RUNS} runs after a warm-up; aim < 1 s)`,
  );
  // The one-page report reads only its investment: its time does not grow with the workspace.
  const one = await prisma.investment.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } });
  const single: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    await renderInvestmentReport(await loadReportModel({ ...options, investmentId: one.id }), one.id);
    single.push(seconds(start));
  }
  single.sort((a, b) => a - b);
  console.log(
    `One-page investment report: median ${single[Math.floor(RUNS / 2)].toFixed(3)} s · best ${single[0].toFixed(3)} s`,
  );
  console.log(
    `cpu of this process: median ${cpu[Math.floor(RUNS / 2)].toFixed(3)} s · best ${cpu[0].toFixed(3)} s · load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
  );
} finally {
  await disconnectDb();
  await dropDatabase(db.serverUrl, database).catch(() => {});
  await db.stop();
}
