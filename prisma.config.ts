import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Driver-adapter mode: generate, migrate diff and migrate deploy run through Prisma's
// wasm engines, so nothing native is downloaded (the network here only reaches npm).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (scripts/with-db.ts sets it for the embedded Postgres)");
    return new PrismaPg({ connectionString: url });
  },
});
