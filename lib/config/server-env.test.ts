import { describe, expect, it } from "vitest";
import { describeEnvProblems, findServerEnvProblems, serverModeOf } from "./server-env";

const complete = {
  DATABASE_URL: "postgresql://realised:pw@db:5432/realised",
  NEXTAUTH_SECRET: "x".repeat(32),
  NEXTAUTH_URL: "https://realised.example.com",
};
const names = (problems: { name: string }[]) => problems.map((p) => p.name);

describe("findServerEnvProblems", () => {
  it("accepts a complete production environment", () => {
    expect(findServerEnvProblems(complete, { mode: "production" })).toEqual([]);
    expect(findServerEnvProblems({ ...complete, APP_URL: "http://10.0.0.5:3000/" }, { mode: "production" })).toEqual([]);
  });

  it("names each of the three missing production settings", () => {
    const problems = findServerEnvProblems({}, { mode: "production" });
    expect(names(problems)).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]);
    for (const problem of problems) expect(problem.message).toContain(problem.name);
  });

  it("treats blank values as missing", () => {
    expect(names(findServerEnvProblems({ ...complete, NEXTAUTH_SECRET: "  ", DATABASE_URL: "" }, { mode: "production" }))).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET"]);
  });

  it("wants a secret of at least 32 characters", () => {
    const [problem] = findServerEnvProblems({ ...complete, NEXTAUTH_SECRET: "x".repeat(31) }, { mode: "production" });
    expect(problem).toEqual({ name: "NEXTAUTH_SECRET", message: expect.stringContaining("at least 32 characters (it has 31)") });
  });

  it("wants NEXTAUTH_URL and APP_URL as absolute http(s) URLs", () => {
    for (const bad of ["realised.example.com", "/sign-in", "ftp://realised.example.com", "http://"]) {
      const problems = findServerEnvProblems({ ...complete, NEXTAUTH_URL: bad, APP_URL: bad }, { mode: "production" });
      expect(names(problems)).toEqual(["NEXTAUTH_URL", "APP_URL"]);
      expect(problems[0].message).toContain("NEXTAUTH_URL must be an absolute http(s) URL");
    }
  });

  it("wants DATABASE_URL as a postgresql URL", () => {
    for (const bad of ["mysql://db/realised", "not a url", "postgresql://"]) {
      expect(names(findServerEnvProblems({ ...complete, DATABASE_URL: bad }, { mode: "production" }))).toEqual(["DATABASE_URL"]);
    }
    expect(findServerEnvProblems({ ...complete, DATABASE_URL: "postgres://u:p@127.0.0.1/realised?sslmode=require" }, { mode: "production" })).toEqual([]);
  });

  it("in development needs nothing, but checks what is set", () => {
    expect(findServerEnvProblems({}, { mode: "development" })).toEqual([]);
    expect(names(findServerEnvProblems({ NEXTAUTH_SECRET: "short", NEXTAUTH_URL: "localhost:3000" }, { mode: "development" }))).toEqual(["NEXTAUTH_SECRET", "NEXTAUTH_URL"]);
  });

  it("outside development always needs DATABASE_URL", () => {
    expect(names(findServerEnvProblems({}, { mode: "test" }))).toEqual(["DATABASE_URL"]);
  });

  it("the production worker needs DATABASE_URL and a public URL for its mails, not the session secret", () => {
    expect(names(findServerEnvProblems({}, { mode: "production", role: "worker" }))).toEqual(["DATABASE_URL", "NEXTAUTH_URL"]);
    expect(findServerEnvProblems({ DATABASE_URL: complete.DATABASE_URL, APP_URL: "https://app.example.com" }, { mode: "production", role: "worker" })).toEqual([]);
    expect(findServerEnvProblems({ DATABASE_URL: complete.DATABASE_URL, NEXTAUTH_URL: "https://app.example.com" }, { mode: "production", role: "worker" })).toEqual([]);
    expect(findServerEnvProblems({}, { mode: "development", role: "worker" })).toEqual([]);
  });

  it("a production task (db:migrate, db:seed) needs DATABASE_URL only", () => {
    expect(names(findServerEnvProblems({}, { mode: "production", role: "task" }))).toEqual(["DATABASE_URL"]);
    expect(findServerEnvProblems({}, { mode: "development", role: "task" })).toEqual([]);
  });
});

describe("describeEnvProblems", () => {
  it("lists every problem on its own line", () => {
    const text = describeEnvProblems(findServerEnvProblems({}, { mode: "production" }));
    expect(text.split("\n")).toEqual([
      "Realised cannot start: 3 required settings are missing or invalid.",
      expect.stringMatching(/^ {2}- DATABASE_URL is not set/),
      expect.stringMatching(/^ {2}- NEXTAUTH_SECRET is not set/),
      expect.stringMatching(/^ {2}- NEXTAUTH_URL is not set/),
      "Set them in the environment (see .env.example).",
    ]);
    expect(describeEnvProblems([{ name: "X", message: "X is odd" }], "The worker")).toMatch(/^The worker cannot start: a required setting is missing/);
  });
});

describe("serverModeOf", () => {
  it("reads NODE_ENV", () => {
    expect(serverModeOf({ NODE_ENV: "production" })).toBe("production");
    expect(serverModeOf({ NODE_ENV: "test" })).toBe("test");
    expect(serverModeOf({})).toBe("development");
  });
});
