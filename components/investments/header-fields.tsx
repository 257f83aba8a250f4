"use client";

import { useTranslations } from "next-intl";
import { inputClass, SelectField, TextField, useFieldId } from "@/components/ui/field";
import { CATEGORIES } from "@/lib/investments/schemas";

export type HeaderDraft = {
  name: string;
  description: string;
  category: string;
  ownerName: string;
  startMonth: string;
  horizonMonths: string;
  currency: string;
};

type Props = { value: HeaderDraft; onChange: (value: HeaderDraft) => void; errors: Record<string, string[]> };

export function HeaderFields({ value, onChange, errors }: Props) {
  const t = useTranslations("investments");
  const descriptionId = useFieldId();
  const set = (key: keyof HeaderDraft) => (event: { target: { value: string } }) => onChange({ ...value, [key]: event.target.value });
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <TextField label={t("name")} name="name" value={value.name} onChange={set("name")} error={errors.name?.[0]} required />
      <SelectField
        label={t("category")}
        name="category"
        value={value.category}
        onChange={set("category")}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        error={errors.category?.[0]}
      />
      <TextField label={t("ownerName")} name="ownerName" value={value.ownerName} onChange={set("ownerName")} error={errors.ownerName?.[0]} />
      <TextField label={t("startMonth")} name="startMonth" type="month" value={value.startMonth} onChange={set("startMonth")} error={errors.startMonth?.[0]} hint="YYYY-MM" required />
      <TextField label={t("horizonMonths")} name="horizonMonths" inputMode="numeric" value={value.horizonMonths} onChange={set("horizonMonths")} error={errors.horizonMonths?.[0]} hint={t("horizonHint")} required />
      <TextField label={t("currency")} name="currency" value={value.currency} onChange={set("currency")} error={errors.currency?.[0]} maxLength={3} required />
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor={descriptionId} className="block text-sm font-medium text-gray-800">
          {t("description")}
        </label>
        <textarea
          id={descriptionId}
          name="description"
          rows={2}
          value={value.description}
          onChange={set("description")}
          className={inputClass}
        />
      </div>
    </div>
  );
}
