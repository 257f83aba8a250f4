// The repository must stand on its own: no file may send a reader (or the code) to the
// shared folder next to the checkout, which exists only on the machine it was written on.
// Relative imports of lib/shared are fine as long as they resolve inside the repository.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const self = path.relative(root, import.meta.filename);
const SHARED = ["..", "shared"].join("/");
const REFERENCE = new RegExp(`(?:\\.\\./)*${SHARED.replace(/[./]/g, "\\$&")}(?:/[\\w.\\-/]*)?|/work/shared\\b`, "g");
const MODULE_EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", ".json", "/index.ts", "/index.tsx"];

/** Whether `reference`, written in `file`, names something that exists inside the repository. */
function resolvesInside(file: string, reference: string, exists: (target: string) => boolean): boolean {
  if (reference.startsWith("/")) return false;
  const target = path.resolve(root, path.dirname(file), reference);
  if (target !== root && !target.startsWith(`${root}${path.sep}`)) return false;
  return MODULE_EXTENSIONS.some((extension) => exists(`${target}${extension}`));
}

/** Every reference in `text` to the shared folder outside the repository, as "file:line: match". */
function findOutsideReferences(file: string, text: string, exists: (target: string) => boolean = existsSync): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(REFERENCE)) {
      if (!resolvesInside(file, match[0], exists)) found.push(`${file}:${index + 1}: ${match[0]}`);
    }
  });
  return found;
}

/** Tracked and untracked files that git does not ignore. */
function listRepositoryFiles(): string[] {
  const output = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(output.split("\0").filter(Boolean))].filter(
    (file) => !file.split("/").includes("node_modules") && existsSync(path.join(root, file)),
  );
}

function readText(file: string): string | null {
  const bytes = readFileSync(path.join(root, file));
  // A NUL byte near the start means a binary file (images, fonts, PDFs).
  return bytes.subarray(0, 8000).includes(0) ? null : bytes.toString("utf8");
}

describe("the repository is self-contained", () => {
  it("no file refers to the shared folder outside the repository", () => {
    const files = listRepositoryFiles();
    expect(files).toContain("README.md");
    expect(files).toContain(self);
    const problems = files
      .filter((file) => file !== self)
      .flatMap((file) => {
        const text = readText(file);
        return text === null ? [] : findOutsideReferences(file, text);
      });
    expect(problems).toEqual([]);
  });

  it("recognises such references, and lets imports of lib/shared through", () => {
    expect(findOutsideReferences("README.md", `See \`${SHARED}/PRODUCT.md\`.`)).toEqual([
      `README.md:1: ${SHARED}/PRODUCT.md`,
    ]);
    expect(findOutsideReferences("lib/roi/README.md", `x\nthe \`../${SHARED}/ARCHITECTURE.md\` file`)).toEqual([
      `lib/roi/README.md:2: ../${SHARED}/ARCHITECTURE.md`,
    ]);
    // Resolves inside the repository, but to nothing: still a reference to the outside folder.
    expect(findOutsideReferences("lib/roi/README.md", `(${SHARED}/PRODUCT.md)`)).toHaveLength(1);
    expect(findOutsideReferences("docs/x.md", "cat /work/shared/PRODUCT.md")).toHaveLength(1);
    const libShared = (target: string) => target === path.join(root, "lib", "shared", "decimal-input.ts");
    expect(
      findOutsideReferences("lib/kpis/x.ts", `import { readDecimal } from "${SHARED}/decimal-input";`, libShared),
    ).toEqual([]);
    expect(findOutsideReferences("lib/kpis/x.ts", `import { other } from "${SHARED}/other";`, libShared)).toHaveLength(
      1,
    );
    expect(findOutsideReferences("README.md", "`lib/shared/` holds building blocks")).toEqual([]);
  });
});
