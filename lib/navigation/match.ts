/**
 * Finding things by name, as typed into the command palette: case and accents do not
 * matter ("cafe" finds "Café"), and what starts with the query comes first.
 */

/** "  Café  NOËL " → "cafe noel": no accents, lower case, single spaces. */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const words = (folded: string) => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Where the words of `folded` start ("ai-marketing tool" → 0, 3, 13). */
function wordStarts(folded: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (WORD_CHAR.test(folded[i]) && (i === 0 || !WORD_CHAR.test(folded[i - 1]))) starts.push(i);
  }
  return starts;
}

/** How well a folded query fits; lower is better, null is no match. */
export const MatchTier = {
  /** The name starts with the query. */
  NamePrefix: 0,
  /** A later word of the name starts with the query ("marketing" in "AI-marketingtool"). */
  WordPrefix: 1,
  /** The query is somewhere in the name. */
  Substring: 2,
  /** Every word of the query is somewhere in the name, in any order. */
  AllWords: 3,
  /** Every word of the query is in the name or its context (the workspace it belongs to). */
  WithContext: 4,
} as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

export type Searchable = { label: string; context?: string };

export function matchTier(foldedQuery: string, item: Searchable): MatchTier | null {
  const label = foldForSearch(item.label);
  if (label.startsWith(foldedQuery)) return MatchTier.NamePrefix;
  if (wordStarts(label).some((start) => label.startsWith(foldedQuery, start))) return MatchTier.WordPrefix;
  if (label.includes(foldedQuery)) return MatchTier.Substring;
  const queryWords = words(foldedQuery);
  if (queryWords.length === 0) return null;
  if (queryWords.every((word) => label.includes(word))) return MatchTier.AllWords;
  const withContext = `${label} ${foldForSearch(item.context ?? "")}`;
  if (queryWords.every((word) => withContext.includes(word))) return MatchTier.WithContext;
  return null;
}

/**
 * The items that match `query`, best first; items that match equally well keep their
 * order. An empty query matches everything, in the given order.
 */
export function rankMatches<T extends Searchable>(
  items: readonly T[],
  query: string,
  limit = Number.POSITIVE_INFINITY,
): T[] {
  const folded = foldForSearch(query);
  if (folded === "") return items.slice(0, limit);
  return items
    .map((item, index) => ({ item, index, tier: matchTier(folded, item) }))
    .filter((entry): entry is { item: T; index: number; tier: MatchTier } => entry.tier !== null)
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.item);
}
