import type { Role } from "@/lib/auth/roles";
import { rankMatches } from "./match";
import { investmentHref, workspaceHref, workspacePagesFor } from "./workspace-pages";

export type PaletteWorkspace = { slug: string; name: string; role: Role };
export type PaletteInvestment = {
  id: string;
  name: string;
  archived: boolean;
  workspaceSlug: string;
  workspaceName: string;
};
/** What the palette can jump to beyond the pages: the user's workspaces and their investments. */
export type PaletteIndex = { workspaces: PaletteWorkspace[]; investments: PaletteInvestment[] };

export type PaletteItem = {
  /** Unique within the list (used for option ids). */
  key: string;
  kind: "page" | "workspace" | "investment";
  label: string;
  /** The workspace a page or investment belongs to; searched too, after the label. */
  context?: string;
  archived?: boolean;
  href: string;
};

/** Results shown at most, so a consultant with hundreds of investments gets a short list. */
export const MAX_PALETTE_RESULTS = 50;

/**
 * Everything the palette offers, in the order shown for equally good matches: the pages
 * of the workspace the user is in (only those their role may open), their workspaces,
 * then investments — the current workspace's first.
 */
export function paletteItems({
  workspaces,
  investments,
  currentSlug,
  pageLabel,
}: {
  workspaces: readonly PaletteWorkspace[];
  investments: readonly PaletteInvestment[];
  currentSlug: string | null;
  pageLabel: (labelKey: string) => string;
}): PaletteItem[] {
  const current = workspaces.find((workspace) => workspace.slug === currentSlug);
  const pages: PaletteItem[] = current
    ? workspacePagesFor(current.role).map((page) => ({
        key: `page:${page.id}`,
        kind: "page",
        label: pageLabel(page.labelKey),
        context: current.name,
        href: workspaceHref(current.slug, page.path),
      }))
    : [];
  const spaces: PaletteItem[] = workspaces.map((workspace) => ({
    key: `workspace:${workspace.slug}`,
    kind: "workspace",
    label: workspace.name,
    href: workspaceHref(workspace.slug),
  }));
  const isCurrent = (investment: PaletteInvestment) => investment.workspaceSlug === currentSlug;
  const ordered = [...investments.filter(isCurrent), ...investments.filter((investment) => !isCurrent(investment))];
  const plans: PaletteItem[] = ordered.map((investment) => ({
    key: `investment:${investment.workspaceSlug}:${investment.id}`,
    kind: "investment",
    label: investment.name,
    context: investment.workspaceName,
    archived: investment.archived,
    href: investmentHref(investment.workspaceSlug, investment.id),
  }));
  return [...pages, ...spaces, ...plans];
}

/** What the palette lists for `query`: best matches first; before typing, pages and workspaces only. */
export function paletteResults(
  items: readonly PaletteItem[],
  query: string,
  limit = MAX_PALETTE_RESULTS,
): PaletteItem[] {
  if (query.trim() === "") return items.filter((item) => item.kind !== "investment").slice(0, limit);
  return rankMatches(items, query, limit);
}
