// `npm run api:generate`: writes docs/api/openapi.json and lib/api/client/schema.d.ts from
// the operations in lib/api/operations. Commit both; `npm run api:check` fails when they
// no longer match the operations.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateApiArtefacts } from "./api-artefacts";

const root = process.cwd();
for (const { file, content } of await generateApiArtefacts(root)) {
  const absolute = path.join(root, file);
  let current: string | null = null;
  try {
    current = readFileSync(absolute, "utf8");
  } catch {
    current = null;
  }
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
  console.log(`${current === content ? "unchanged" : "wrote    "} ${file}`);
}
