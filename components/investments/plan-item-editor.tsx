"use client";

import { useLocale, useTranslations } from "next-intl";
import { deriveItem } from "@/lib/investments/item-derivation";
import { RANGE_DOWN_KEY, RANGE_UP_KEY } from "@/lib/investments/item-range";
import type { FieldSpec } from "@/lib/investments/plan-fields";
import { ItemDerivation } from "./item-derivation";
import { ItemRangeFields } from "./item-range-fields";
import { PlanInput } from "./plan-input";

type Item = Record<string, unknown>;
type Props = {
  section: "costs" | "benefits";
  index: number;
  item: Item;
  kinds: Record<string, FieldSpec[]>;
  errors: Record<string, string[]>;
  disabled?: boolean;
  /** The investment's currency, for the item's intermediate figures. */
  currency?: string;
  onChange: (item: Item) => void;
  onRemove: () => void;
};

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** The range survives a change of kind: how uncertain the line is does not depend on how it is computed. */
const keepOnKindChange = (item: Item): Item => {
  const kept: Item = { label: item.label };
  for (const key of ["range", RANGE_DOWN_KEY, RANGE_UP_KEY]) if (item[key] !== undefined) kept[key] = item[key];
  return kept;
};

/** One cost or benefit line: kind, label and the fields of that kind, each with its own error; its arithmetic and its range. */
export function PlanItemEditor({ section, index, item, kinds, errors, disabled, currency = "EUR", onChange, onRemove }: Props) {
  const t = useTranslations("plan");
  const tRisk = useTranslations("planRisk");
  const locale = useLocale() === "nl" ? "nl" : "en";
  const base = `plan-${section}-${index}`;
  const errorOf = (key: string) => errors[`plan.${section}.${index}${key ? `.${key}` : ""}`]?.[0];
  const kind = String(item.kind);
  const specs = kinds[kind] ?? [];
  return (
    <fieldset className="min-w-0 rounded-md border border-gray-200 p-3" aria-label={t("itemLegend", { section: t(`sections.${section}`), number: index + 1 })}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
        <div>
          <label htmlFor={`${base}-kind`} className="block text-xs font-medium text-gray-700">
            {t("kind")}
          </label>
          <select
            id={`${base}-kind`}
            value={kind}
            disabled={disabled}
            onChange={(event) => onChange({ kind: event.target.value, ...keepOnKindChange(item) })}
            className="mt-1 block w-full min-w-0 rounded-md border-gray-300 text-sm"
          >
            {Object.keys(kinds).map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <PlanInput id={`${base}-label`} label={t("label")} value={text(item.label)} onChange={(v) => onChange({ ...item, label: v })} error={errorOf("label")} disabled={disabled} />
        {specs.map((spec) => (
          <PlanInput
            key={spec.key}
            id={`${base}-${spec.key}`}
            label={`${t(`fields.${spec.key}`)}${spec.optional ? ` (${t("optional")})` : ""}`}
            value={text(item[spec.key])}
            onChange={(v) => onChange({ ...item, [spec.key]: v })}
            error={errorOf(spec.key)}
            hint={spec.unit ? t(`units.${spec.unit}`) : undefined}
            inputMode={spec.kind === "decimal" ? "decimal" : "numeric"}
            disabled={disabled}
          />
        ))}
      </div>
      <ItemDerivation steps={deriveItem(item, locale)} currency={currency} label={tRisk("derivationLabel")} testId={`${base}-derivation`} />
      <ItemRangeFields base={base} item={item} onChange={onChange} errorOf={errorOf} disabled={disabled} />
      {errorOf("") ? <p className="mt-2 text-xs text-red-700">{errorOf("")}</p> : null}
      {!disabled ? (
        <button type="button" onClick={onRemove} className="mt-2 text-xs text-red-700 underline">
          {t("remove")}
        </button>
      ) : null}
    </fieldset>
  );
}
