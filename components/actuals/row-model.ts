import type { GridActual, GridRow } from "@/lib/actuals/grid";
import type { SavedActuals } from "@/lib/actuals/mutations";
import type { UiLocale } from "@/lib/i18n/locales";
import { kpiForInput, moneyForInput } from "./format-input";

// What one grid row holds while the user edits it, kept apart from React so the rules
// (what counts as a change, what gets sent) are plain functions with tests.

/** The texts in a row's inputs. `split` = the benefit is entered per driver. */
export type RowValues = {
  cost: string;
  benefit: string;
  note: string;
  split: boolean;
  drivers: Record<string, string>;
  kpis: Record<string, string>;
};

/** The month as the server last told this client: the page's data, or a newer save answer. */
export type RowSource = { actual: GridActual | null; measured: Record<string, string | null> };

export function sourceOf(row: GridRow, kpiIds: string[], saved: SavedActuals | undefined): RowSource {
  if (saved && (!row.actual || saved.revision > row.actual.revision)) {
    const { month, kpiValues, ...rest } = saved;
    return {
      actual: { ...rest, period: month },
      measured: Object.fromEntries(kpiIds.map((id) => [id, kpiValues[id] ?? null])),
    };
  }
  const measured = Object.fromEntries(
    kpiIds.map((id) => {
      const cell = row.kpis[id];
      return [id, cell && !cell.carried ? cell.value : null];
    }),
  );
  return { actual: row.actual, measured };
}

export function initialValues(source: RowSource, drivers: string[], locale: UiLocale): RowValues {
  const actual = source.actual;
  const recordedDrivers = actual?.benefitByDriver ?? {};
  const labels = [...new Set([...drivers, ...Object.keys(recordedDrivers)])];
  return {
    cost: moneyForInput(actual?.cost, locale),
    benefit: moneyForInput(actual?.benefit, locale),
    note: actual?.note ?? "",
    split: actual?.benefitByDriver != null,
    drivers: Object.fromEntries(labels.map((label) => [label, moneyForInput(recordedDrivers[label], locale)])),
    kpis: Object.fromEntries(Object.entries(source.measured).map(([id, value]) => [id, kpiForInput(value, locale)])),
  };
}

const sameRecord = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys({ ...a, ...b }).every((key) => (a[key] ?? "") === (b[key] ?? ""));

export function isDirty(values: RowValues, initial: RowValues): boolean {
  return (
    values.cost !== initial.cost ||
    values.benefit !== initial.benefit ||
    values.note !== initial.note ||
    values.split !== initial.split ||
    (values.split && !sameRecord(values.drivers, initial.drivers)) ||
    !sameRecord(values.kpis, initial.kpis)
  );
}

/** True when the benefit comes from the drivers (split, with at least one amount): the server sums them. */
export const benefitFromDrivers = (values: RowValues) =>
  values.split && Object.values(values.drivers).some((v) => v.trim() !== "");

/**
 * What the benefit input shows. While its drivers are being changed the old total is stale
 * and the new one is the server's sum, so the input is blank (and read-only) meanwhile.
 */
export function benefitInput(values: RowValues, initial: RowValues): { text: string; fromDrivers: boolean } {
  const fromDrivers = benefitFromDrivers(values);
  const driversChanged = fromDrivers && JSON.stringify(values.drivers) !== JSON.stringify(initial.drivers);
  return { text: driversChanged ? "" : values.benefit, fromDrivers };
}

export type SavePayload = {
  workspaceSlug: string;
  investmentId: string;
  month: string;
  locale: UiLocale;
  cost: string;
  benefit: string;
  benefitByDriver: Record<string, string> | null;
  note: string;
  kpiValues: Record<string, string>;
  /** Per KPI sent: the value the month had when the user opened it (null: none); the server writes it only if unchanged. */
  kpiBase: Record<string, string | null>;
  baseRevision: number | null;
};

/**
 * The save request for a row. Only KPI cells the user changed are sent, each with the
 * value it replaces, so a value someone recorded meanwhile through the KPI section is
 * not overwritten unseen.
 */
export function buildPayload(
  values: RowValues,
  initial: RowValues,
  source: RowSource,
  ref: { workspaceSlug: string; investmentId: string; month: string; locale: UiLocale; baseRevision: number | null },
): SavePayload {
  const kpiValues = Object.fromEntries(
    Object.entries(values.kpis).filter(([id, text]) => text !== (initial.kpis[id] ?? "")),
  );
  return {
    ...ref,
    kpiBase: Object.fromEntries(Object.keys(kpiValues).map((id) => [id, source.measured[id] ?? null])),
    cost: values.cost,
    benefit: benefitFromDrivers(values) ? "" : values.benefit,
    benefitByDriver: values.split ? values.drivers : null,
    note: values.note,
    kpiValues,
  };
}
