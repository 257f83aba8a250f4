// Links in API answers (Location, links.self), below the API's one base path (also the
// OpenAPI document's server URL).
export const API_BASE_PATH = "/api/v1";

/** The path of a workspace's resource below /api/v1, each segment encoded: ("acme", "reports", id). */
export const workspaceLink = (slug: string, ...segments: string[]) =>
  `${API_BASE_PATH}/workspaces/${[slug, ...segments].map(encodeURIComponent).join("/")}`;
