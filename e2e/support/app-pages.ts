import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every page route under a folder of app/, as its URL pattern ("/investments/[id]/edit"),
 * read from the file system so a new page cannot be forgotten by the specs that must
 * cover every page (tenant isolation, the page-quality sweep).
 */
export function pageRoutes(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return pageRoutes(full, entry.startsWith("(") ? prefix : `${prefix}/${entry}`);
    return entry === "page.tsx" ? [prefix] : [];
  });
}

/** The pages of one workspace, relative to /w/[slug]. */
export const workspacePageRoutes = () => pageRoutes(path.join("app", "(app)", "w", "[slug]"));
