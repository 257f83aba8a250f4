// Command-line options of `npm run bench:dashboard -- [options]`.

export type BenchArgs = {
  rounds: number;
  scale: number;
  build: boolean;
  seed: number;
  port: number;
  rebuildConcurrency: number;
  serial: boolean;
};

export const USAGE = `npm run bench:dashboard -- [options]
  --rounds N                 measured rounds after one warm-up (default 7)
  --scale X                  multiplies the number of investments (default 1: ≈20k and ≈204k actual months)
  --no-build                 reuse the build in .next-bench-dashboard/ if there is one
  --seed N                   seed of the pseudo-random plans (default 20261201)
  --port N                   first port to try for the app (default 3310)
  --rebuild-concurrency N    workspaces whose stored figures are rebuilt at once (default 2)
  --serial                   build after seeding and rebuilding (slower; their times then share no CPU with the build)`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {
    rounds: 7,
    scale: 1,
    build: true,
    seed: 20261201,
    port: 3310,
    rebuildConcurrency: 2,
    serial: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const number = (min: number) => {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value < min) throw new Error(`${flag} needs a number ≥ ${min}\n${USAGE}`);
      return value;
    };
    if (flag === "--rounds") args.rounds = Math.round(number(1));
    else if (flag === "--scale") args.scale = number(0.001);
    else if (flag === "--no-build") args.build = false;
    else if (flag === "--serial") args.serial = true;
    else if (flag === "--seed") args.seed = Math.round(number(0));
    else if (flag === "--port") args.port = Math.round(number(1024));
    else if (flag === "--rebuild-concurrency") args.rebuildConcurrency = Math.round(number(1));
    else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown option ${flag}\n${USAGE}`);
  }
  return args;
}
