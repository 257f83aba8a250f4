import { describeEnvProblems, findServerEnvProblems, type ServerMode, type ServerRole } from "./server-env";

/**
 * Start-up guard for a server process: prints every missing or invalid setting and
 * exits with status 1, so the process explains itself instead of failing later.
 */
export function exitOnServerEnvProblems(env: Record<string, string | undefined>, options: { mode: ServerMode; role: ServerRole; what: string }) {
  const problems = findServerEnvProblems(env, options);
  if (problems.length === 0) return;
  console.error(`\n${describeEnvProblems(problems, options.what)}\n`);
  process.exit(1);
}
