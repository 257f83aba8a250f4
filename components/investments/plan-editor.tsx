"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { deriveLoyaltyProgram } from "@/lib/investments/item-derivation";
import { BENEFIT_FIELDS, COST_FIELDS, LOYALTY_STEPS, TEMPLATE_FIELDS } from "@/lib/investments/plan-fields";
import type { PlanDocument } from "@/lib/investments/schemas";
import { ItemDerivation } from "./item-derivation";
import { PlanInput } from "./plan-input";
import { PlanItemEditor } from "./plan-item-editor";

const DEFAULT_SCENARIOS = { conservative: "0.8", expected: "1", optimistic: "1.2" };

type Props = {
  plan: PlanDocument;
  onChange: (plan: PlanDocument) => void;
  errors: Record<string, string[]>;
  disabled?: boolean;
  /** The investment's currency, for the intermediate figures. */
  currency?: string;
  /** The workspace's default discount rate in % (null: the engine's 8%), named in the rate field's hint. */
  workspaceDiscountRatePct?: string | null;
};
type Item = Record<string, unknown>;

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** Edits everything format v1 can express about a plan: template inputs, costs, benefits, ranges, scenarios, discount rate. */
export function PlanEditor({ plan, onChange, errors, disabled, currency = "EUR", workspaceDiscountRatePct = null }: Props) {
  const t = useTranslations("plan");
  const tRisk = useTranslations("planRisk");
  const uiLocale = useLocale() as UiLocale;
  const locale = uiLocale === "nl" ? "nl" : "en";
  const items = (section: "costs" | "benefits") => plan[section] as Item[];
  const setItems = (section: "costs" | "benefits", next: Item[]) => onChange({ ...plan, [section]: next });
  const inputs = (plan.inputs ?? {}) as Item;
  const scenarios = (plan.scenarios ?? {}) as Item;
  const templateSpecs = plan.template ? TEMPLATE_FIELDS[plan.template] : [];
  const groups = plan.template === "loyaltyProgram" ? LOYALTY_STEPS.filter((g) => g.length) : [templateSpecs.map((s) => s.key)];

  return (
    <div className="space-y-6">
      {plan.template ? (
        <section aria-labelledby="plan-template-heading" className="space-y-3">
          <h3 id="plan-template-heading" className="text-sm font-semibold">
            {t(`templates.${plan.template}`)}
          </h3>
          {groups.map((group, step) => (
            <fieldset key={step} className="min-w-0 rounded-md border border-gray-200 p-3">
              {plan.template === "loyaltyProgram" ? <legend className="px-1 text-xs font-semibold text-gray-600">{t(`loyaltySteps.${step}`)}</legend> : null}
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
                {group.map((key) => {
                  const spec = templateSpecs.find((s) => s.key === key);
                  return (
                    <PlanInput
                      key={key}
                      id={`plan-inputs-${key}`}
                      label={t(`fields.${key}`)}
                      value={text(inputs[key])}
                      onChange={(v) => onChange({ ...plan, inputs: { ...inputs, [key]: v } })}
                      error={errors[`plan.inputs.${key}`]?.[0]}
                      hint={spec?.unit ? t(`units.${spec.unit}`) : undefined}
                      inputMode="decimal"
                      disabled={disabled}
                    />
                  );
                })}
              </div>
            </fieldset>
          ))}
          {plan.template === "loyaltyProgram" ? (
            <div className="rounded-md bg-gray-50 p-3">
              <p className="text-xs font-semibold text-gray-700">{tRisk("loyaltyFiguresTitle")}</p>
              <ItemDerivation steps={deriveLoyaltyProgram(inputs, locale)} currency={currency} label={tRisk("loyaltyFiguresTitle")} testId="loyalty-derivation" />
            </div>
          ) : null}
          {errors["plan.inputs"] ? <p className="text-xs text-red-700">{errors["plan.inputs"][0]}</p> : null}
        </section>
      ) : null}

      {(["costs", "benefits"] as const).map((section) => (
        <section key={section} aria-labelledby={`plan-${section}-heading`} className="space-y-3">
          <h3 id={`plan-${section}-heading`} className="text-sm font-semibold">
            {t(`sections.${section}`)}
            {plan.template ? <span className="ml-2 font-normal text-gray-500">{t("extraItems")}</span> : null}
          </h3>
          {items(section).length === 0 ? <p className="text-sm text-gray-500">{t(`empty.${section}`)}</p> : null}
          {items(section).map((item, index) => (
            <PlanItemEditor
              key={index}
              section={section}
              index={index}
              item={item}
              kinds={section === "costs" ? COST_FIELDS : BENEFIT_FIELDS}
              errors={errors}
              currency={currency}
              disabled={disabled}
              onChange={(next) => setItems(section, items(section).map((it, i) => (i === index ? next : it)))}
              onRemove={() => setItems(section, items(section).filter((_, i) => i !== index))}
            />
          ))}
          {!disabled ? (
            <button
              type="button"
              className="rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-50"
              onClick={() => setItems(section, [...items(section), section === "costs" ? { kind: "oneTime", label: "", amount: "", month: "1" } : { kind: "fixed", label: "", monthly: "" }])}
            >
              {t(`add.${section}`)}
            </button>
          ) : null}
        </section>
      ))}

      <fieldset className="min-w-0 rounded-md border border-gray-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("scenarios")}</legend>
        <p className="mb-2 text-xs text-gray-500">{t("scenariosHint")}</p>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {(["conservative", "expected", "optimistic"] as const).map((name) => (
            <PlanInput
              key={name}
              id={`plan-scenarios-${name}`}
              label={t(`scenarioNames.${name}`)}
              value={text(scenarios[name] ?? DEFAULT_SCENARIOS[name])}
              onChange={(v) => onChange({ ...plan, scenarios: { ...DEFAULT_SCENARIOS, ...scenarios, [name]: v } })}
              error={errors[`plan.scenarios.${name}`]?.[0]}
              inputMode="decimal"
              disabled={disabled}
            />
          ))}
        </div>
        <div className="mt-3 sm:w-1/3">
          <PlanInput
            id="plan-discountRatePct"
            label={tRisk("discountRate")}
            value={text(plan.discountRatePct)}
            onChange={(v) => onChange({ ...plan, discountRatePct: v })}
            error={errors["plan.discountRatePct"]?.[0]}
            hint={tRisk("discountRateHint", {
              rate: workspaceDiscountRatePct === null ? tRisk("discountRateDefault") : `${formatNumber(workspaceDiscountRatePct, uiLocale)}%`,
            })}
            inputMode="decimal"
            disabled={disabled}
          />
        </div>
      </fieldset>
    </div>
  );
}
