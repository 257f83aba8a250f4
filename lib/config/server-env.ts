// The settings a server process needs, checked before it serves anything. Pure: it
// reads the env object it is given, so scripts, instrumentation.ts and tests share it.

export type ServerMode = "development" | "production" | "test";
/**
 * "web" serves pages and sign-in; "worker" runs the pg-boss jobs (scripts/worker.ts);
 * "task" is a one-off database command (db:migrate, db:seed).
 */
export type ServerRole = "web" | "worker" | "task";
export type EnvProblem = { name: string; message: string };
type Env = Record<string, string | undefined>;

export const MIN_SECRET_LENGTH = 32;

const isBlank = (value: string | undefined): value is undefined => value === undefined || value.trim() === "";

/** An absolute URL with a host and one of the given protocols ("https:"). */
function isUrlWith(value: string, protocols: string[]): boolean {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
}

const isHttpUrl = (value: string) => isUrlWith(value, ["http:", "https:"]);
const isPostgresUrl = (value: string) => isUrlWith(value, ["postgresql:", "postgres:"]);

function checkDatabaseUrl(env: Env, mode: ServerMode): EnvProblem[] {
  const value = env.DATABASE_URL;
  if (isBlank(value)) {
    if (mode === "development") return [];
    return [{ name: "DATABASE_URL", message: "DATABASE_URL is not set: set it to the PostgreSQL URL, e.g. postgresql://user:password@db-host:5432/realised" }];
  }
  if (!isPostgresUrl(value)) return [{ name: "DATABASE_URL", message: "DATABASE_URL must be a postgresql:// URL with a host" }];
  return [];
}

function checkSecret(env: Env, required: boolean): EnvProblem[] {
  const value = env.NEXTAUTH_SECRET;
  if (isBlank(value)) {
    if (!required) return [];
    return [{ name: "NEXTAUTH_SECRET", message: `NEXTAUTH_SECRET is not set: it signs the session cookies; generate one with \`openssl rand -base64 32\`` }];
  }
  if (value.length < MIN_SECRET_LENGTH) {
    return [{ name: "NEXTAUTH_SECRET", message: `NEXTAUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (it has ${value.length}); generate one with \`openssl rand -base64 32\`` }];
  }
  return [];
}

function checkUrl(env: Env, name: "NEXTAUTH_URL" | "APP_URL", requiredBecause: string | null): EnvProblem[] {
  const value = env[name];
  if (isBlank(value)) return requiredBecause ? [{ name, message: `${name} is not set: ${requiredBecause}` }] : [];
  if (!isHttpUrl(value)) return [{ name, message: `${name} must be an absolute http(s) URL, e.g. https://realised.example.com (got "${value}")` }];
  return [];
}

/**
 * Every missing or invalid setting, each with a message naming it; empty when all is
 * well. In production the web app needs DATABASE_URL, NEXTAUTH_SECRET and NEXTAUTH_URL;
 * the worker needs DATABASE_URL and a public URL for the links in its e-mails; a task
 * needs DATABASE_URL. Outside
 * development DATABASE_URL is always required; settings that are set are always checked.
 */
export function findServerEnvProblems(env: Env, options: { mode: ServerMode; role?: ServerRole }): EnvProblem[] {
  const production = options.mode === "production";
  const role = options.role ?? "web";
  const publicUrlRequired =
    production && role === "worker" && isBlank(env.APP_URL) && isBlank(env.NEXTAUTH_URL)
      ? "the links in the scheduled e-mails point to the app's public URL (or set APP_URL)"
      : null;
  return [
    ...checkDatabaseUrl(env, options.mode),
    ...checkSecret(env, production && role === "web"),
    ...checkUrl(env, "NEXTAUTH_URL", production && role === "web" ? "the public URL of the app, e.g. https://realised.example.com" : publicUrlRequired),
    ...checkUrl(env, "APP_URL", null),
  ];
}

/** The start-up error: one line per problem, and where the settings are described. */
export function describeEnvProblems(problems: EnvProblem[], what = "Realised"): string {
  return [
    `${what} cannot start: ${problems.length === 1 ? "a required setting is" : `${problems.length} required settings are`} missing or invalid.`,
    ...problems.map((p) => `  - ${p.message}`),
    "Set them in the environment (see .env.example).",
  ].join("\n");
}

/** The mode a process runs in, from NODE_ENV ("production" and "test" as such, anything else development). */
export function serverModeOf(env: Env): ServerMode {
  return env.NODE_ENV === "production" ? "production" : env.NODE_ENV === "test" ? "test" : "development";
}
