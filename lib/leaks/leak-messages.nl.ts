// Nederlandse teksten van de waardelekken: wat er gevonden is en wat je eraan doet.
// Woordkeus als in de app (lib/i18n/messages/nl.json): baten, prognose, nulmeting, aanloop.
import type { LeakCatalogue } from "./leak-message-types";

/** "maand 3", "maand 1 t/m 3", "maand 3 en 5", "maand 2, 4 en 7". */
function describeMonths(months: readonly number[]): string {
  if (months.length === 0) return "geen maanden";
  if (months.length === 1) return `maand ${months[0]}`;
  const contiguous = months.every((m, i) => i === 0 || m === months[i - 1] + 1);
  if (contiguous) return `maand ${months[0]} t/m ${months[months.length - 1]}`;
  return `maand ${months.slice(0, -1).join(", ")} en ${months[months.length - 1]}`;
}

const unit = (value: string | null) => (value ? ` ${value}` : "");

export const nl: LeakCatalogue = {
  describeMonths,
  unknownCode: "Er is een waardelek gevonden.",
  codes: {
    UNDER_FORECAST: {
      finding: (p, f) =>
        `De gerealiseerde baten liggen ${f.pct(p.belowPct)} onder de prognose ` +
        `(een tekort van ${f.money(p.shortfall)} na ${describeMonths(p.months)}).`,
      findingWithoutParams: () => "De gerealiseerde baten liggen onder de prognose.",
      nextStep: "Zoek uit welke batenbron achterblijft en verbeter die, of stel de prognose eerlijk bij.",
    },
    COST_OVERRUN: {
      finding: (p, f) =>
        p.abovePct === null
          ? `Er zijn kosten gemaakt terwijl het plan geen kosten had (${f.money(p.overrun)} meer dan begroot).`
          : `De kosten liggen ${f.pct(p.abovePct)} boven het plan (${f.money(p.overrun)} meer dan begroot).`,
      findingWithoutParams: () => "De kosten liggen boven het plan.",
      nextStep: "Zoek uit welke kostenpost uitloopt: onderhandel opnieuw, stop ermee of pas het budget aan.",
    },
    MISSING_ACTUALS: {
      finding: (p, f) =>
        `Geen werkelijke cijfers voor ${describeMonths(p.months)} (${p.periods.map(f.period).join(", ")}).`,
      findingWithoutParams: () => "Voor een of meer afgelopen maanden ontbreken de werkelijke cijfers.",
      nextStep:
        "Vul de kosten en baten van elke ontbrekende maand in, zodat de gerealiseerde ROI met de prognose te vergelijken is.",
    },
    NO_BASELINE: {
      finding: () => "Geen enkele KPI heeft een nulmeting, dus de baten zijn niet aan te tonen.",
      findingWithoutParams: () => "Geen enkele KPI heeft een nulmeting, dus de baten zijn niet aan te tonen.",
      nextStep:
        "Meet nu de KPI die deze investering moet verbeteren (conversie, uren per week, aantal klantvragen, " +
        "acquisitiekosten per klant…) en leg die vast als nulmeting.",
    },
    KPI_REGRESSION: {
      finding: (p, f, kpi) =>
        `${kpi ? `“${kpi}”` : "Een KPI"} gaat de verkeerde kant op: ${f.number(p.value)}${unit(p.unit)} in maand ${p.month}, ` +
        `tegenover een nulmeting van ${f.number(p.baseline)}${unit(p.unit)} ` +
        `(de KPI hoort te ${p.direction === "up" ? "stijgen" : "dalen"}).`,
      findingWithoutParams: (kpi) =>
        kpi ? `“${kpi}” gaat de verkeerde kant op.` : "Een KPI gaat de verkeerde kant op.",
      nextStep: "Zoek uit wat er veranderd is en grijp in voordat de geplande baten verloren gaan.",
    },
    PAYBACK_SLIP: {
      finding: (p, f) =>
        `${
          p.projectedMonth === null
            ? "In het huidige tempo verdient de investering zich binnen de looptijd niet terug"
            : `De investering verdient zich nu naar verwachting terug in maand ${p.projectedMonth}`
        }, terwijl dat gepland was in maand ${p.plannedMonth} (${f.period(p.plannedPeriod)}).`,
      findingWithoutParams: () => "De investering verdient zich later terug dan gepland.",
      nextStep:
        "Verhoog de maandelijkse baten of verlaag de lopende kosten, of maak een nieuw plan en licht de belanghebbenden in.",
    },
    ZOMBIE_COST: {
      finding: (p, f) =>
        `Er lopen kosten door van ${f.money(p.runningCostMonthly)} per maand, terwijl de baten in ${describeMonths(p.months)} vrijwel nul zijn.`,
      findingWithoutParams: () => "Er lopen kosten door terwijl de baten vrijwel nul zijn.",
      nextStep:
        "Ga na of de dienst of software echt wordt gebruikt: zorg dat het gebruik op gang komt, of zeg het abonnement op.",
    },
    NEGATIVE_AFTER_RAMP: {
      finding: (p, f) =>
        `De geplande aanloop is in maand ${p.rampEndMonth} afgelopen, maar de cumulatieve ROI is in maand ${p.month} nog ${f.pct(p.roiPct)}.`,
      findingWithoutParams: () => "De cumulatieve ROI is na de geplande aanloop nog negatief.",
      nextStep: "Ga na of de baten alsnog komen; stuur de investering bij, schaal haar af of stop ermee.",
    },
  },
};
