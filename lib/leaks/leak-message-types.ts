import type { LeakCode, LeakParamsByCode } from "@/lib/roi";

/** Figures in the reader's locale; every catalogue formats through this, never by hand. */
export type LeakFormat = {
  /** Money in the investment's currency: nl "€ 1.234,56", en "€1,234.56". */
  money: (value: number) => string;
  /** A percentage given as a number: nl "12,5%", en "12.5%". */
  pct: (value: number) => string;
  /** A KPI value, exactly as measured: nl "1,6", en "1.6". */
  number: (value: number) => string;
  /** A "YYYY-MM" period: nl "maart 2026", en "March 2026". */
  period: (period: string) => string;
};

/** One code's words: the finding from its params, and what to do about it. */
export type LeakMessageEntry<C extends LeakCode> = {
  finding: (params: LeakParamsByCode[C], format: LeakFormat, kpi: string | null) => string;
  /** The finding when the params are missing or unreadable (leaks stored before params existed). */
  findingWithoutParams: (kpi: string | null) => string;
  nextStep: string;
};

/** A language's catalogue: keyed by leak code, so a missing code fails to compile. */
export type LeakCatalogue = {
  codes: { [C in LeakCode]: LeakMessageEntry<C> };
  /** Month numbers of the plan in words: "months 1–3" / "maand 1 t/m 3". */
  describeMonths: (months: readonly number[]) => string;
  /** For a code this version does not know. */
  unknownCode: string;
};
