// Links in API answers (Location, links.self). The prefix is openapi-document.ts's
// API_BASE_PATH; that module imports every operation, so operations cannot import it.
const API_PREFIX = "/api/v1";

/** The path of a workspace's resource below /api/v1, each segment encoded: ("acme", "reports", id). */
export const workspaceLink = (slug: string, ...segments: string[]) =>
  `${API_PREFIX}/workspaces/${[slug, ...segments].map(encodeURIComponent).join("/")}`;
