"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteActualsAction, saveActualsAction } from "@/lib/actuals/actions";
import type { GridRow } from "@/lib/actuals/grid";
import type { ActualsConflict, SavedActuals } from "@/lib/actuals/mutations";
import type { FieldErrors } from "@/lib/errors";
import type { UiLocale } from "@/lib/i18n/locales";
import { buildPayload, initialValues, isDirty, sourceOf, type RowValues, type SavePayload } from "./row-model";

export type RowStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "deleted" }
  | { kind: "error"; message: string; fieldErrors: FieldErrors }
  | { kind: "conflict"; conflict: ActualsConflict; payload: SavePayload };

export type Announce = (period: string, event: "saved" | "conflict" | "deleted" | "error", message?: string) => void;

type Config = {
  slug: string;
  investmentId: string;
  locale: UiLocale;
  kpiIds: string[];
  drivers: string[];
  announce: Announce;
};

const without = <T>(record: Record<string, T>, key: string) => {
  const { [key]: _dropped, ...rest } = record;
  return rest;
};

/**
 * The grid's client state: unsaved edits per row, each row's save status, and the
 * latest save answers (shown until the refreshed page data catches up).
 */
export function useActualsGrid(config: Config) {
  const router = useRouter();
  const [, startRefresh] = useTransition();
  const [drafts, setDrafts] = useState<Record<string, RowValues>>({});
  const [statuses, setStatuses] = useState<Record<string, RowStatus>>({});
  const [saved, setSaved] = useState<Record<string, SavedActuals>>({});

  const setStatus = (period: string, status: RowStatus) => setStatuses((all) => ({ ...all, [period]: status }));
  const refresh = () => startRefresh(() => router.refresh());

  function rowState(row: GridRow) {
    const source = sourceOf(row, config.kpiIds, saved[row.period]);
    const initial = initialValues(source, config.drivers, config.locale);
    const values = drafts[row.period] ?? initial;
    const status = statuses[row.period] ?? { kind: "idle" };
    return { source, initial, values, dirty: isDirty(values, initial), status };
  }

  function change(row: GridRow, update: (values: RowValues) => RowValues) {
    const { values } = rowState(row);
    setDrafts((all) => ({ ...all, [row.period]: update(all[row.period] ?? values) }));
    if (statuses[row.period]?.kind === "saved" || statuses[row.period]?.kind === "deleted")
      setStatus(row.period, { kind: "idle" });
  }

  function revert(period: string) {
    setDrafts((all) => without(all, period));
    setStatus(period, { kind: "idle" });
  }

  async function submit(period: string, payload: SavePayload) {
    setStatus(period, { kind: "saving" });
    const result = await saveActualsAction(payload);
    if (result.ok) {
      setSaved((all) => ({ ...all, [period]: result.data }));
      setDrafts((all) => without(all, period));
      setStatus(period, { kind: "saved" });
      config.announce(period, "saved");
      refresh();
    } else if ("conflict" in result) {
      setStatus(period, { kind: "conflict", conflict: result.conflict, payload });
      config.announce(period, "conflict");
    } else {
      setStatus(period, { kind: "error", message: result.message, fieldErrors: result.fieldErrors });
      config.announce(period, "error", result.message);
    }
  }

  function save(row: GridRow) {
    const { source, values, initial, status } = rowState(row);
    if (status.kind === "saving") return;
    const ref = {
      workspaceSlug: config.slug,
      investmentId: config.investmentId,
      month: row.period,
      locale: config.locale,
    };
    void submit(
      row.period,
      buildPayload(values, initial, source, { ...ref, baseRevision: source.actual?.revision ?? null }),
    );
  }

  /** "Overwrite with mine": the same values again, now based on their revision and their KPI values. */
  function overwrite(period: string) {
    const status = statuses[period];
    if (status?.kind !== "conflict") return;
    const { theirs, theirKpiValues } = status.conflict;
    const kpiBase = Object.fromEntries(
      Object.keys(status.payload.kpiValues).map((id) => [id, theirKpiValues[id] ?? null]),
    );
    void submit(period, { ...status.payload, baseRevision: theirs?.revision ?? null, kpiBase });
  }

  /** "Keep theirs": drop this row's edits and show their version. */
  function keepTheirs(period: string) {
    const status = statuses[period];
    if (status?.kind !== "conflict") return;
    const theirs = status.conflict.theirs;
    setSaved((all) => (theirs ? { ...all, [period]: theirs } : without(all, period)));
    revert(period);
    refresh();
  }

  async function remove(row: GridRow) {
    const { source } = rowState(row);
    if (!source.actual) return;
    setStatus(row.period, { kind: "saving" });
    const result = await deleteActualsAction({
      workspaceSlug: config.slug,
      investmentId: config.investmentId,
      month: row.period,
      baseRevision: source.actual.revision,
    });
    if (result.ok) {
      setSaved((all) => without(all, row.period));
      setDrafts((all) => without(all, row.period));
      setStatus(row.period, { kind: "deleted" });
      config.announce(row.period, "deleted");
    } else {
      setStatus(row.period, { kind: "error", message: result.message, fieldErrors: result.fieldErrors });
      config.announce(row.period, "error", result.message);
    }
    refresh();
  }

  return { rowState, change, revert, save, overwrite, keepTheirs, remove };
}
