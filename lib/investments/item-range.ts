import { Dec } from "@/lib/roi";
import { parseDecimalInput } from "@/lib/shared/decimal-input";

// An item's range in the plan editor. Format v1 stores multipliers ({ low: 0.6, high: 1.3 });
// a business owner thinks "could be 40% lower, 30% higher". The editor therefore shows two
// percentages and this module converts between the two, exactly (no float on the way).

const HUNDRED = new Dec(100);

/** The draft keys the editor keeps the typed percentages under (never sent to the engine). */
export const RANGE_DOWN_KEY = "rangeDownPct";
export const RANGE_UP_KEY = "rangeUpPct";

/** The largest "higher by" percentage: a multiplier of at most 10 (format v1). */
export const MAX_RANGE_UP_PCT = 900;

export type RangeSide = "down" | "up";
export type RangeText = { down: string; up: string };
export type RangeProblem = "notNumber" | "wrongSign" | "downTooLarge" | "upTooLarge";
export type RangeReading = { ok: true; pct: string | null } | { ok: false; problem: RangeProblem };

type Item = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const plain = (value: Dec) => value.toFixed();

function localised(text: string, locale: "nl" | "en") {
  return locale === "nl" ? text.replace(".", ",") : text;
}

/** A stored multiplier as the percentage it means for its side ("0.6" low → "40"); "" when unreadable. */
function pctOfMultiplier(raw: unknown, side: RangeSide, locale: "nl" | "en"): string {
  if (typeof raw !== "number" && typeof raw !== "string") return "";
  let multiplier: Dec;
  try {
    multiplier = new Dec(String(raw));
  } catch {
    return "";
  }
  const pct = side === "down" ? new Dec(1).minus(multiplier).times(HUNDRED) : multiplier.minus(1).times(HUNDRED);
  return localised(plain(pct), locale);
}

/** What the two range fields show: the typed text if the user touched them, else the stored range. */
export function rangeTextOf(item: Item, locale: "nl" | "en" = "en"): RangeText {
  if (typeof item[RANGE_DOWN_KEY] === "string" || typeof item[RANGE_UP_KEY] === "string") {
    return { down: String(item[RANGE_DOWN_KEY] ?? ""), up: String(item[RANGE_UP_KEY] ?? "") };
  }
  const range = isRecord(item.range) ? item.range : null;
  if (!range) return { down: "", up: "" };
  return { down: pctOfMultiplier(range.low, "down", locale), up: pctOfMultiplier(range.high, "up", locale) };
}

/** The item with one range field changed; both typed texts are kept so the other side survives. */
export function withRangeText(item: Item, side: RangeSide, text: string, locale: "nl" | "en" = "en"): Item {
  const current = rangeTextOf(item, locale);
  const next = { ...current, [side]: text };
  const { range: _range, ...rest } = item;
  return { ...rest, [RANGE_DOWN_KEY]: next.down, [RANGE_UP_KEY]: next.up };
}

/**
 * Reads one range field: "40", "−40 %" or "-40" in the "lower by" field, "30", "+30%" in the
 * "higher by" field, in either decimal notation ("12,5"). Empty means 0% on that side.
 */
export function readRangePct(text: string, side: RangeSide): RangeReading {
  let body = text.trim().replace(/\s*%$/, "").trim();
  if (body === "") return { ok: true, pct: null };
  const sign = /^[-\u2212+]/.exec(body)?.[0];
  if (sign) {
    // A minus in "higher by" or a plus in "lower by" would flip what the user means: ask instead.
    if ((side === "down") !== (sign !== "+")) return { ok: false, problem: "wrongSign" };
    body = body.slice(1).trim();
  }
  // A percentage is never thousands-grouped, so "12,5" and "12.5" both read as 12.5 in either language.
  const parsed = parseDecimalInput(body, "either");
  if (!parsed.ok || !/^\d{1,20}(\.\d{1,20})?$/.test(parsed.value)) return { ok: false, problem: "notNumber" };
  const pct = new Dec(parsed.value);
  if (side === "down" && pct.gt(100)) return { ok: false, problem: "downTooLarge" };
  if (side === "up" && pct.gt(MAX_RANGE_UP_PCT)) return { ok: false, problem: "upTooLarge" };
  return { ok: true, pct: plain(pct) };
}

/** The multiplier of one side: lower by 40% → 0.6, higher by 30% → 1.3; 0% → 1. */
export function multiplierOf(pct: string | null, side: RangeSide): string {
  if (pct === null) return "1";
  const change = new Dec(pct).div(HUNDRED);
  return plain(side === "down" ? new Dec(1).minus(change) : new Dec(1).plus(change));
}

/**
 * The format v1 `range` of a draft item: undefined when both fields are empty (or untouched
 * and none was stored). A field that cannot be read is passed on as typed, so the engine
 * refuses the plan under `costs.N.range.low` (the editor shows the reason in words at the field).
 */
export function draftRangeOf(item: Item, locale: "nl" | "en" = "en"): { low: string; high: string } | undefined {
  const typed = typeof item[RANGE_DOWN_KEY] === "string" || typeof item[RANGE_UP_KEY] === "string";
  if (!typed) {
    const stored = isRecord(item.range) ? item.range : null;
    return stored ? { low: String(stored.low ?? ""), high: String(stored.high ?? "") } : undefined;
  }
  const text = rangeTextOf(item, locale);
  const down = readRangePct(text.down, "down");
  const up = readRangePct(text.up, "up");
  if (down.ok && up.ok && down.pct === null && up.pct === null) return undefined;
  return {
    low: down.ok ? multiplierOf(down.pct, "down") : text.down.trim(),
    high: up.ok ? multiplierOf(up.pct, "up") : text.up.trim(),
  };
}
