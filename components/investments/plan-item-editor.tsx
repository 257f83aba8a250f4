"use client";

import { useTranslations } from "next-intl";
import type { FieldSpec } from "@/lib/investments/plan-fields";

type Item = Record<string, unknown>;
type Props = {
  section: "costs" | "benefits";
  index: number;
  item: Item;
  kinds: Record<string, FieldSpec[]>;
  errors: Record<string, string[]>;
  disabled?: boolean;
  onChange: (item: Item) => void;
  onRemove: () => void;
};

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** One cost or benefit line: kind, label and the fields of that kind, each with its own error. */
export function PlanItemEditor({ section, index, item, kinds, errors, disabled, onChange, onRemove }: Props) {
  const t = useTranslations("plan");
  const base = `plan-${section}-${index}`;
  const errorOf = (key: string) => errors[`plan.${section}.${index}${key ? `.${key}` : ""}`]?.[0];
  const kind = String(item.kind);
  const specs = kinds[kind] ?? [];
  const field = (id: string, label: string, value: string, set: (v: string) => void, error?: string, hint?: string, inputMode?: "decimal" | "numeric") => (
    <div key={id}>
      <label htmlFor={id} className="block text-xs font-medium text-gray-700">
        {label}
      </label>
      <input
        id={id}
        value={value}
        disabled={disabled}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(event) => set(event.target.value)}
        className="mt-1 block w-full rounded-md border-gray-300 text-sm aria-[invalid=true]:border-red-600"
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
  return (
    <fieldset className="rounded-md border border-gray-200 p-3" aria-label={t("itemLegend", { section: t(`sections.${section}`), number: index + 1 })}>
      <div className="grid gap-3 sm:grid-cols-4">
        <div>
          <label htmlFor={`${base}-kind`} className="block text-xs font-medium text-gray-700">
            {t("kind")}
          </label>
          <select
            id={`${base}-kind`}
            value={kind}
            disabled={disabled}
            onChange={(event) => onChange({ kind: event.target.value, label: item.label })}
            className="mt-1 block w-full rounded-md border-gray-300 text-sm"
          >
            {Object.keys(kinds).map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {field(`${base}-label`, t("label"), text(item.label), (v) => onChange({ ...item, label: v }), errorOf("label"))}
        {specs.map((spec) =>
          field(
            `${base}-${spec.key}`,
            `${t(`fields.${spec.key}`)}${spec.optional ? ` (${t("optional")})` : ""}`,
            text(item[spec.key]),
            (v) => onChange({ ...item, [spec.key]: v }),
            errorOf(spec.key),
            spec.unit ? t(`units.${spec.unit}`) : undefined,
            spec.kind === "decimal" ? "decimal" : "numeric",
          ),
        )}
      </div>
      {errorOf("") ? <p className="mt-2 text-xs text-red-700">{errorOf("")}</p> : null}
      {!disabled ? (
        <button type="button" onClick={onRemove} className="mt-2 text-xs text-red-700 underline">
          {t("remove")}
        </button>
      ) : null}
    </fieldset>
  );
}
