// `npm run bench:dashboard`: how fast the signed-in pages answer on a large portfolio, next
// to the fastest hand-written SQL over the raw rows ("floor"). A measurement, not a test:
// it exits 0 when targets are missed and marks them "target missed".
//   1. a throw-away embedded Postgres (.data/bench-dashboard/pg-<pid>), migrated, seeded with
//      set-based SQL: bench-20k (≈170 investments × 120 months), bench-200k (≈1,700 × 120),
//      a consultant in 50 workspaces × 40 investments; then the stored figures are rebuilt;
//   2. the production build (.next-bench-dashboard/; made while 1. runs unless --serial,
//      reused with --no-build if present), started as `npm start` does on port 3310+, its
//      memory sampled from /proc;
//   3. each page (full body) alternating with its floor: one warm-up, then --rounds rounds;
//   4. medians, ratios, sizes, peak RSS; the last line is the summary.
// Everything it started is stopped and the data directory removed, also on failure/Ctrl-C.
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { currentPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { parseBenchArgs, type BenchArgs } from "./bench/args";
import { cleanUp, cleanUpOnSignals, onCleanup } from "./bench/cleanup";
import { BENCH_ROOT, startBenchDatabase } from "./bench/database";
import { dashboardFloor, investmentFloor, monthFloor, overviewFloor, timeFloor } from "./bench/floors";
import { BenchSession } from "./bench/http";
import { printResults, TARGETS, type Measured } from "./bench/report";
import { rebuildAll } from "./bench/rebuild";
import { BENCH_PASSWORD, seedBench, type Seeded } from "./bench/seed";
import { BENCH_DIST_DIR, ensureBuild, findPort, sampleRss, startServer } from "./bench/server";

type Page = {
  key: string;
  label: string;
  path: string;
  session: BenchSession;
  floor: string;
  expect: "html" | "pdf";
  target?: number;
};

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

function definePages(seeded: Seeded, owner: BenchSession, consultant: BenchSession, today: Date): Page[] {
  const now = currentPeriod(today);
  const previous = periodOfMonthNumber(now, 0);
  const { small, large, longInvestment } = seeded;
  const investmentPage = (ws: typeof small, id: string) => `/w/${ws.slug}/investments/${id}`;
  const pdf = longInvestment.large;
  const pdfPeriod = `${pdf.startMonth}..${periodOfMonthNumber(pdf.startMonth, pdf.actualMonths)}`;
  return [
    {
      key: "dashboard20k",
      label: "dashboard 20k",
      path: `/w/${small.slug}`,
      session: owner,
      floor: dashboardFloor(small.id),
      expect: "html",
    },
    {
      key: "dashboard200k",
      label: "dashboard 200k",
      path: `/w/${large.slug}`,
      session: owner,
      floor: dashboardFloor(large.id),
      expect: "html",
      target: TARGETS.dashboard200k,
    },
    {
      key: "month20k",
      label: `month ${now} 20k`,
      path: `/w/${small.slug}/month/${now}`,
      session: owner,
      floor: monthFloor(small.id, now, previous),
      expect: "html",
    },
    {
      key: "month200k",
      label: `month ${now} 200k`,
      path: `/w/${large.slug}/month/${now}`,
      session: owner,
      floor: monthFloor(large.id, now, previous),
      expect: "html",
      target: TARGETS.month,
    },
    {
      key: "overview",
      label: `overview (${seeded.consultantWorkspaces.length} workspaces)`,
      path: "/workspaces",
      session: consultant,
      floor: overviewFloor(seeded.consultant.id),
      expect: "html",
      target: TARGETS.overview,
    },
    {
      key: "investment20k",
      label: "investment 120 months 20k",
      path: investmentPage(small, longInvestment.small.id),
      session: owner,
      floor: investmentFloor(small.id, longInvestment.small.id),
      expect: "html",
    },
    {
      key: "investment200k",
      label: "investment 120 months 200k",
      path: investmentPage(large, pdf.id),
      session: owner,
      floor: investmentFloor(large.id, pdf.id),
      expect: "html",
    },
    {
      key: "pdf200k",
      label: "investment PDF 200k",
      path: `/api/w/${large.slug}/investments/${pdf.id}/report?period=${pdfPeriod}`,
      session: owner,
      floor: investmentFloor(large.id, pdf.id),
      expect: "pdf",
    },
  ];
}

/** Seeds the raw rows, then rebuilds the stored figures from them; prints how long each took. */
async function prepareData(options: {
  client: pg.Client;
  databaseUrl: string;
  args: BenchArgs;
  today: Date;
  alongside: string;
}) {
  const { client, args, today } = options;
  let phase = Date.now();
  const seeded = await seedBench(client, { scale: args.scale, today, seed: args.seed });
  const investments =
    seeded.small.investments +
    seeded.large.investments +
    seeded.consultantWorkspaces.reduce((n, w) => n + w.investments, 0);
  const consultantRows = seeded.consultantWorkspaces.reduce((n, w) => n + w.actualRows, 0);
  console.log(
    `[bench] seeded ${investments} investments, ${seeded.actualRows} actual months (20k: ${seeded.small.actualRows}, 200k: ${seeded.large.actualRows}, consultant: ${consultantRows}) in ${seconds(phase)} s${options.alongside}`,
  );
  phase = Date.now();
  const rebuilt = await rebuildAll(
    options.databaseUrl,
    [
      { label: seeded.large.slug, workspaceIds: [seeded.large.id] },
      { label: seeded.small.slug, workspaceIds: [seeded.small.id] },
      {
        label: `${seeded.consultantWorkspaces.length} consultant workspaces`,
        workspaceIds: seeded.consultantWorkspaces.map((w) => w.id),
      },
    ],
    { today, concurrency: args.rebuildConcurrency },
  );
  console.log(
    `[bench] rebuilt the stored figures of ${rebuilt.workspaces} workspaces in ${seconds(phase)} s, ${args.rebuildConcurrency} at a time, synchronous_commit=off (${rebuilt.detail})${options.alongside}`,
  );
  return seeded;
}

/**
 * Runs the benchmark; returns the printing of the results (done after clean-up, so the
 * summary stays the last line) and whether a page failed.
 */
async function main(): Promise<{ print: () => void; failed: boolean }> {
  const args = parseBenchArgs(process.argv.slice(2));
  cleanUpOnSignals();
  const started = Date.now();
  const today = new Date();
  mkdirSync(BENCH_ROOT, { recursive: true });
  console.log(
    `[bench] scale ${args.scale}, ${args.rounds} rounds, build ${args.build ? "fresh" : "reused if present"}, seed ${args.seed}`,
  );

  let phase = Date.now();
  const { databaseUrl } = await startBenchDatabase();
  console.log(`[bench] Postgres started and migrated in ${seconds(phase)} s`);

  const client = new pg.Client({ connectionString: databaseUrl });
  // Postgres going away (Ctrl-C reaches it too) must fail the run, not crash it past its clean-up.
  client.on("error", (error) => console.error("[bench] SQL client:", error.message));
  await client.connect();
  onCleanup("close the SQL client", () => client.end().catch(() => {}));

  // The build needs only the CPU and the rebuild mostly waits on Postgres: unless --serial
  // they run side by side, and a failing build stops the run at once.
  const build = () => {
    phase = Date.now();
    return ensureBuild({
      distDir: BENCH_DIST_DIR,
      reuse: !args.build,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      logFile: path.join(BENCH_ROOT, "build.log"),
    });
  };
  const building = args.serial ? null : build();
  building?.catch(() => {}); // handled below, whichever finishes first
  const alongside = building ? (args.build ? " (next build running alongside)" : "") : "";
  const data = prepareData({ client, databaseUrl, args, today, alongside });
  data.catch(() => {}); // handled below
  const seeded = building ? await Promise.race([data, building.then(() => data)]) : await data;
  const buildSeconds = await (building ?? build());
  console.log(
    buildSeconds === 0
      ? `[bench] reusing the build in ${BENCH_DIST_DIR}/`
      : `[bench] next build into ${BENCH_DIST_DIR}/ took ${buildSeconds.toFixed(1)} s (log: ${path.join(BENCH_ROOT, "build.log")})`,
  );

  phase = Date.now();
  const port = await findPort(args.port);
  const { app, baseUrl } = await startServer({ distDir: BENCH_DIST_DIR, port, databaseUrl });
  console.log(`[bench] app listening on ${baseUrl} after ${seconds(phase)} s`);
  const rss = sampleRss(app.child.pid!);
  onCleanup("stop sampling memory", () => void rss.stop());

  const owner = new BenchSession(baseUrl);
  const consultant = new BenchSession(baseUrl);
  await owner.signIn(seeded.owner.email, BENCH_PASSWORD);
  await consultant.signIn(seeded.consultant.email, BENCH_PASSWORD);
  const pages = definePages(seeded, owner, consultant, today);

  // Warm-up, which also checks every page answers what it should. A page that fails (a
  // colleague's half-done change, say) is reported and left out; the others still run.
  const results: Measured[] = pages.map((p) => ({
    key: p.key,
    label: p.label,
    path: p.path,
    pageMs: [],
    floorMs: [],
    bytes: 0,
    target: p.target,
  }));
  const fail = (i: number, why: string) => {
    results[i].failure = why;
    console.error(`[bench] ${pages[i].path} ${why}; left out of the rounds`);
  };
  phase = Date.now();
  for (const [i, page] of pages.entries()) {
    const response = await page.session.get(page.path);
    const ok =
      response.status === 200 &&
      (page.expect === "pdf"
        ? response.contentType.includes("application/pdf")
        : response.contentType.includes("text/html"));
    if (!ok) fail(i, `answered ${response.status} ${response.contentType} (${response.bytes} bytes)`);
    await timeFloor(client, page.floor);
  }
  console.log(`[bench] warm-up of ${pages.length} pages in ${seconds(phase)} s`);
  console.log("\nSQL floors (run as they are in psql; the app's indexes only):");
  for (const sql of new Set(pages.map((p) => p.floor))) {
    console.log(
      `\n-- ${pages
        .filter((p) => p.floor === sql)
        .map((p) => p.label)
        .join(", ")}\n${sql};`,
    );
  }

  phase = Date.now();
  for (let round = 0; round < args.rounds; round++) {
    // Each round starts one page later, so no page always follows the heavy PDF (and its garbage).
    for (let k = 0; k < pages.length; k++) {
      const i = (round + k) % pages.length;
      if (results[i].failure) continue;
      const response = await pages[i].session.get(pages[i].path);
      if (response.status !== 200) {
        fail(i, `answered ${response.status} in round ${round + 1}`);
        continue;
      }
      results[i].pageMs.push(response.ms);
      results[i].bytes = response.bytes;
      results[i].floorMs.push((await timeFloor(client, pages[i].floor)).ms);
    }
  }
  const memory = rss.stop();
  console.log(`\n[bench] ${args.rounds} rounds in ${seconds(phase)} s`);
  const print = () => {
    console.log(`[bench] total ${seconds(started)} s (including clean-up)`);
    printResults(results, memory, args.rounds);
  };
  return { print, failed: results.some((r) => r.failure) };
}

let exitCode = 0;
let report = () => {};
try {
  const outcome = await main();
  report = outcome.print;
  if (outcome.failed) exitCode = 1;
} catch (error) {
  console.error("\n[bench] failed:", error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await cleanUp();
}
report();
process.exit(exitCode);
