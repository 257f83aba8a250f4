import { hasRole, type Role } from "@/lib/auth/roles";

/**
 * The pages of a workspace: the one list the workspace nav and the command palette both
 * read. `labelKey` is a full message key; `minRole` is the lowest role that may open the
 * page (the pages themselves enforce it, this only keeps links to 404s out of sight).
 */
export type WorkspacePage = {
  id: string;
  /** After /w/<slug>; "" is the overview. */
  path: string;
  labelKey: string;
  minRole: Role;
  /** Shown in the workspace nav (false: only reachable from the palette and in-page links). */
  inNav: boolean;
  /** Pages under this path are this page too (/month redirects to /month/<period>). */
  includesSubpaths?: boolean;
};

export const WORKSPACE_PAGES: readonly WorkspacePage[] = [
  { id: "overview", path: "", labelKey: "workspaceNav.overview", minRole: "viewer", inNav: true },
  {
    id: "month",
    path: "/month",
    labelKey: "workspaceNav.month",
    minRole: "viewer",
    inNav: true,
    includesSubpaths: true,
  },
  { id: "investments", path: "/investments", labelKey: "workspaceNav.investments", minRole: "viewer", inNav: true },
  {
    id: "newInvestment",
    path: "/investments/new",
    labelKey: "workspaceNav.newInvestment",
    minRole: "editor",
    inNav: false,
  },
  { id: "accuracy", path: "/accuracy", labelKey: "accuracy.nav", minRole: "viewer", inNav: true },
  { id: "members", path: "/members", labelKey: "workspaceNav.members", minRole: "viewer", inNav: true },
  { id: "transfer", path: "/transfer", labelKey: "workspaceNav.transfer", minRole: "viewer", inNav: true },
  { id: "reports", path: "/reports", labelKey: "workspaceNav.reports", minRole: "viewer", inNav: true },
  { id: "rates", path: "/rates", labelKey: "workspaceNav.rates", minRole: "viewer", inNav: true },
  { id: "share", path: "/share", labelKey: "workspaceNav.share", minRole: "editor", inNav: true },
  { id: "apiTokens", path: "/api-tokens", labelKey: "workspaceNav.apiTokens", minRole: "editor", inNav: true },
  {
    id: "notifications",
    path: "/notifications",
    labelKey: "workspaceNav.notifications",
    minRole: "viewer",
    inNav: true,
  },
  { id: "webhooks", path: "/webhooks", labelKey: "workspaceNav.webhooks", minRole: "owner", inNav: true },
  { id: "settings", path: "/settings", labelKey: "workspaceNav.settings", minRole: "owner", inNav: true },
  { id: "audit", path: "/audit", labelKey: "workspaceNav.audit", minRole: "owner", inNav: true },
];

/** The pages `role` may open, in nav order; `navOnly` leaves out those the nav does not show. */
export function workspacePagesFor(role: Role, { navOnly = false }: { navOnly?: boolean } = {}): WorkspacePage[] {
  return WORKSPACE_PAGES.filter((page) => hasRole(role, page.minRole) && (!navOnly || page.inNav));
}

export function workspaceHref(slug: string, path = ""): string {
  return `/w/${encodeURIComponent(slug)}${path}`;
}

export function investmentHref(slug: string, investmentId: string): string {
  return workspaceHref(slug, `/investments/${encodeURIComponent(investmentId)}`);
}

/**
 * Which of `pages` the browser is on, for aria-current: "page" when the pathname is that
 * page, "true" when it is somewhere below it (an investment under Investments). The
 * deepest match wins; the overview only matches itself.
 */
export function currentWorkspacePage(
  pathname: string,
  slug: string,
  pages: readonly Pick<WorkspacePage, "id" | "path" | "includesSubpaths">[],
): { id: string; ariaCurrent: "page" | "true" } | null {
  const base = workspaceHref(slug);
  const path = pathname.replace(/\/+$/, "");
  if (path !== base && !path.startsWith(`${base}/`)) return null;
  const rest = path.slice(base.length);
  let best: { id: string; ariaCurrent: "page" | "true"; depth: number } | null = null;
  for (const page of pages) {
    const exact = rest === page.path;
    const below = page.path !== "" && rest.startsWith(`${page.path}/`);
    if (!exact && !below) continue;
    const depth = page.path.length;
    if (best && best.depth >= depth) continue;
    best = { id: page.id, ariaCurrent: exact || page.includesSubpaths ? "page" : "true", depth };
  }
  return best ? { id: best.id, ariaCurrent: best.ariaCurrent } : null;
}
