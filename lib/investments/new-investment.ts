import { currentPeriod } from "./months";
import type { PlanDocument } from "./schemas";
import { findStarterTemplate } from "./starter-templates";

type Saved = { id: string; name: string; category: string; plan: unknown };

/** What the "new investment" form starts from: a starter template or one the user saved. */
export function resolveNewInvestmentStart(input: {
  query: { template?: string; saved?: string };
  saved: Saved[];
  currency: string;
  templateName: (id: string) => string;
  today?: Date;
}) {
  const base = { description: "", ownerName: "", startMonth: currentPeriod(input.today), currency: input.currency };
  const own = input.query.saved ? input.saved.find((s) => s.id === input.query.saved) : undefined;
  if (own) {
    return { title: own.name, header: { ...base, name: own.name, category: own.category, horizonMonths: "24" }, plan: own.plan as PlanDocument };
  }
  const starter = findStarterTemplate(input.query.template);
  if (!starter) return null;
  const title = input.templateName(starter.id);
  return {
    title,
    header: { ...base, name: starter.id === "blank" ? "" : title, category: starter.category, horizonMonths: String(starter.horizonMonths) },
    plan: starter.plan,
  };
}
