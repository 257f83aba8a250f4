import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
          // With TEST_CLOCK set, "now" is that instant (scripts/test-future-clock.ts).
          setupFiles: ["./tests/setup-clock.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts", "app/**/*.integration.test.ts", "tests/**/*.integration.test.ts", "prisma/**/*.integration.test.ts"],
          environment: "node",
          setupFiles: ["./tests/setup-clock.ts", "./tests/setup-integration.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: "forks",
        },
      },
    ],
  },
});
