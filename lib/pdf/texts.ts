// The words of the stakeholder PDF, in Dutch and English. Kept apart from the UI messages:
// a report is read by people who never see the app, so it explains instead of labelling.
// Only characters of the PDF standard fonts (WinAnsi) are used: no "\u2212" minus, "≤" or "…".
import type { UiLocale } from "@/lib/i18n/locales";
import type { LeakCode, ScenarioName } from "@/lib/roi";
import type { PaybackStatus } from "@/lib/portfolio/payback";

type Texts = {
  reportTitle: string;
  investmentReportTitle: string;
  preparedBy: (name: string) => string;
  period: string;
  scenario: string;
  scenarios: Record<ScenarioName, string>;
  generatedAt: (stamp: string) => string;
  page: (page: number, total: number) => string;
  executiveSummary: string;
  invested: string;
  realised: string;
  net: string;
  investedInPeriod: string;
  realisedInPeriod: string;
  actualRoi: string;
  forecastRoi: string;
  plannedRoi: (scenario: string) => string;
  payback: string;
  paybackCounts: (counts: Record<PaybackStatus, number>) => string;
  paybackStates: Record<PaybackStatus, string>;
  headlineIntro: (currency: string, count: number) => string;
  otherCurrencyTitle: (currency: string, reportingCurrency: string) => string;
  draftsTitle: (currency: string) => string;
  draftsIntro: string;
  openLeaksLine: (count: number, amount: string) => string;
  notCounted: string;
  otherCurrencyNote: (currency: string, reportingCurrency: string) => string;
  investments: string;
  columns: { investment: string; invested: string; realised: string };
  noInvestments: string;
  noInvestmentsHint: string;
  status: string;
  statuses: Record<string, string>;
  invalidPlan: string;
  plannedPayback: string;
  projectedPayback: string;
  chartTitle: string;
  chartLegend: { band: string; scenario: (name: string) => string; actual: string; period: string };
  noChart: string;
  kpis: string;
  kpiColumns: { name: string; baseline: string; target: string; latest: string; state: string };
  kpiStates: Record<"on_target" | "improving" | "regressing" | "no_baseline" | "no_data", string>;
  noKpis: string;
  leaks: string;
  noLeaks: string;
  rankedLeaks: string;
  rankedLeaksIntro: string;
  atStake: (amount: string) => string;
  leakCodes: Record<LeakCode, string>;
  reviewedLeaks: string;
  reviewedLeaksIntro: string;
  seeRankedLeak: (rank: number, reviewed: boolean) => string;
  reviewedBy: (review: { by: string; date: string; reason: string; until: string | null }) => string;
  moreItems: (count: number) => string;
  continued: (title: string) => string;
  appendix: string;
  appendixIntro: string;
  definitions: { term: string; text: string }[];
};

const nl: Texts = {
  reportTitle: "Rendementsrapport",
  investmentReportTitle: "Investering in het kort",
  preparedBy: (name) => `Opgesteld door ${name}`,
  period: "Periode",
  scenario: "Scenario",
  scenarios: { conservative: "voorzichtig", expected: "verwacht", optimistic: "optimistisch" },
  generatedAt: (stamp) => `Gemaakt op ${stamp}`,
  page: (page, total) => `Pagina ${page} van ${total}`,
  executiveSummary: "Samenvatting",
  invested: "Geïnvesteerd (t/m periode)",
  realised: "Gerealiseerde opbrengst (t/m periode)",
  net: "Nettowaarde",
  investedInPeriod: "Geïnvesteerd in de periode",
  realisedInPeriod: "Opbrengst in de periode",
  actualRoi: "ROI werkelijk",
  forecastRoi: "ROI volgens prognose (zelfde maanden)",
  plannedRoi: (scenario) => `ROI over de hele looptijd (${scenario})`,
  payback: "Terugverdienen",
  paybackCounts: (c) =>
    `${c.paid_back} terugverdiend, ${c.on_track} op schema, ${c.late} te laat, ${c.unknown} nog onbekend`,
  paybackStates: { paid_back: "terugverdiend", on_track: "op schema", late: "te laat", unknown: "nog onbekend" },
  headlineIntro: (currency, count) =>
    `${count} goedgekeurde of lopende ${count === 1 ? "investering" : "investeringen"} in ${currency}. Concepten en andere valuta staan apart en worden niet opgeteld.`,
  otherCurrencyTitle: (currency, reporting) =>
    `Investeringen in ${currency} (niet opgeteld bij de totalen in ${reporting})`,
  draftsTitle: (currency) => `Concepten in ${currency} (tellen niet mee)`,
  draftsIntro: "Plannen die nog niet zijn goedgekeurd; hun cijfers tellen niet mee in de totalen.",
  openLeaksLine: (count, amount) =>
    count === 0
      ? "Geen open waardelekken."
      : `${count} open ${count === 1 ? "waardelek" : "waardelekken"}, ${amount} per maand op het spel.`,
  notCounted: "concept: telt niet mee in de totalen",
  otherCurrencyNote: (currency, reporting) => `in ${currency}: niet opgeteld bij de totalen in ${reporting}`,
  investments: "Investeringen",
  columns: { investment: "Investering", invested: "Geïnvesteerd", realised: "Opbrengst" },
  noInvestments: "Nog geen investeringen",
  noInvestmentsHint:
    "Deze werkruimte heeft nog geen investeringen. Zodra er een plan en werkelijke cijfers zijn, staat hier het rendement.",
  status: "Status",
  statuses: { draft: "concept", approved: "goedgekeurd", active: "actief", completed: "afgerond", stopped: "gestopt" },
  invalidPlan: "Het plan van deze investering is onvolledig; er zijn geen cijfers berekend.",
  plannedPayback: "Terugverdiend volgens plan",
  projectedPayback: "Terugverdiend volgens huidige koers",
  chartTitle: "Cumulatieve ROI per maand",
  chartLegend: {
    band: "prognose (voorzichtig tot optimistisch)",
    scenario: (name) => `prognose ${name}`,
    actual: "werkelijk",
    period: "rapportperiode",
  },
  noChart: "Nog geen prognose om te tonen.",
  kpis: "KPI's",
  kpiColumns: { name: "KPI", baseline: "Nulmeting", target: "Doel", latest: "Laatste meting", state: "Stand" },
  kpiStates: {
    on_target: "doel gehaald",
    improving: "verbetert",
    regressing: "verslechtert",
    no_baseline: "geen nulmeting",
    no_data: "geen meting",
  },
  noKpis: "Geen KPI's vastgelegd.",
  leaks: "Waardelekken",
  noLeaks: "Geen waardelekken gevonden.",
  rankedLeaks: "Waardelekken, grootste eerst",
  rankedLeaksIntro:
    "Waar rendement weglekt, gerangschikt naar het bedrag dat per maand op het spel staat, met de volgende stap.",
  atStake: (amount) => `${amount} per maand op het spel`,
  reviewedLeaks: "Beoordeelde waardelekken",
  seeRankedLeak: (rank, reviewed) =>
    `toelichting en volgende stap: nr. ${rank} bij de ${reviewed ? "beoordeelde waardelekken" : "waardelekken"}`,
  reviewedLeaksIntro:
    "Deze lekken zijn beoordeeld en tellen niet mee als open lek. Ze blijven hier staan: beoordeeld is nog niet opgelost.",
  reviewedBy: ({ by, date, reason, until }) =>
    `Beoordeeld door ${by || "onbekend"} op ${date}${reason ? ` — ${reason}` : ""}${until ? ` (tot ${until})` : ""}`,
  leakCodes: {
    UNDER_FORECAST: "Opbrengst onder prognose",
    COST_OVERRUN: "Kostenoverschrijding",
    MISSING_ACTUALS: "Ontbrekende cijfers",
    NO_BASELINE: "Geen nulmeting",
    KPI_REGRESSION: "KPI beweegt de verkeerde kant op",
    PAYBACK_SLIP: "Terugverdienen schuift op",
    ZOMBIE_COST: "Kosten zonder opbrengst",
    NEGATIVE_AFTER_RAMP: "Nog negatief na de aanloop",
  },
  moreItems: (count) => `en nog ${count}`,
  continued: (title) => `${title} (vervolg)`,
  appendix: "Bijlage: begrippen en formules",
  appendixIntro: "Alle bedragen zijn exact berekend en pas bij het tonen afgerond op centen (half naar boven).",
  definitions: [
    {
      term: "ROI",
      text: "(opbrengst - kosten) ÷ kosten × 100%. Voorbeeld: € 1.000 die € 3.000 oplevert geeft (3.000 - 1.000) ÷ 1.000 = 200%. Zonder kosten is de ROI niet gedefinieerd (—).",
    },
    { term: "Nettowaarde", text: "opbrengst - kosten." },
    {
      term: "Geïnvesteerd en gerealiseerd",
      text: "De som van de werkelijke kosten en opbrengsten van alle vastgelegde maanden tot en met het einde van de periode.",
    },
    {
      term: "ROI volgens prognose",
      text: "De ROI die het plan voorspelde voor dezelfde maanden waarvoor cijfers zijn vastgelegd. Een ontbrekende maand telt als ontbrekend, niet als tekort.",
    },
    {
      term: "Scenario's",
      text: "Voorzichtig, verwacht en optimistisch: de opbrengsten van het plan maal een vermenigvuldiger; de kosten blijven gelijk. De band in de grafiek loopt van voorzichtig tot optimistisch.",
    },
    { term: "Cumulatieve ROI", text: "De ROI van alle kosten en opbrengsten vanaf de start tot en met die maand." },
    {
      term: "Terugverdienen",
      text: "De eerste maand waarin de opgetelde opbrengst de opgetelde kosten evenaart. 'Huidige koers' zet het plan voort met de verhouding werkelijk ÷ prognose tot nu toe. De stand vergelijkt de huidige koers met de geplande maand van het verwachte scenario: terugverdiend, op schema, te laat (later dan gepland of niet binnen de looptijd) of nog onbekend (nog geen cijfers, of het plan verdient zichzelf niet terug).",
    },
    {
      term: "Waardelek",
      text: "Een signaal dat rendement weglekt (bijvoorbeeld opbrengst meer dan 20% onder prognose in twee of meer maanden, kosten meer dan 10% boven prognose, ontbrekende maanden). Het bedrag is wat er per maand op het spel staat. Een beoordeeld lek telt niet mee als open lek zolang het niet groter wordt (of tot de uitgestelde maand), maar blijft in het rapport staan met wie het beoordeelde, wanneer en waarom.",
    },
    {
      term: "Totalen",
      text: "Bedragen worden alleen binnen een valuta opgeteld: investeringen in een andere valuta staan apart. De totalen tellen goedgekeurde, lopende, afgeronde en gestopte investeringen; concepten staan apart.",
    },
    {
      term: "KPI-stand",
      text: "De laatste meting vergeleken met de nulmeting en het doel, in de richting die de KPI hoort te bewegen.",
    },
  ],
};

const en: Texts = {
  reportTitle: "Return on investment report",
  investmentReportTitle: "Investment at a glance",
  preparedBy: (name) => `Prepared by ${name}`,
  period: "Period",
  scenario: "Scenario",
  scenarios: { conservative: "conservative", expected: "expected", optimistic: "optimistic" },
  generatedAt: (stamp) => `Generated ${stamp}`,
  page: (page, total) => `Page ${page} of ${total}`,
  executiveSummary: "Executive summary",
  invested: "Invested (to end of period)",
  realised: "Realised benefit (to end of period)",
  net: "Net value",
  investedInPeriod: "Invested in the period",
  realisedInPeriod: "Benefit in the period",
  actualRoi: "Actual ROI",
  forecastRoi: "Forecast ROI (same months)",
  plannedRoi: (scenario) => `ROI over the full horizon (${scenario})`,
  payback: "Payback",
  paybackCounts: (c) =>
    `${c.paid_back} paid back, ${c.on_track} on schedule, ${c.late} late, ${c.unknown} not known yet`,
  paybackStates: { paid_back: "paid back", on_track: "on schedule", late: "late", unknown: "not known yet" },
  headlineIntro: (currency, count) =>
    `${count} approved or running ${count === 1 ? "investment" : "investments"} in ${currency}. Drafts and other currencies are listed apart and never added in.`,
  otherCurrencyTitle: (currency, reporting) => `Investments in ${currency} (not added to the ${reporting} totals)`,
  draftsTitle: (currency) => `Drafts in ${currency} (not counted)`,
  draftsIntro: "Plans not approved yet; their figures are not part of the totals.",
  openLeaksLine: (count, amount) =>
    count === 0
      ? "No open value leaks."
      : `${count} open value ${count === 1 ? "leak" : "leaks"}, ${amount} per month at stake.`,
  notCounted: "draft: not counted in the totals",
  otherCurrencyNote: (currency, reporting) => `in ${currency}: not added to the ${reporting} totals`,
  investments: "Investments",
  columns: { investment: "Investment", invested: "Invested", realised: "Realised" },
  noInvestments: "No investments yet",
  noInvestmentsHint:
    "This workspace has no investments yet. Once there is a plan and actual figures, their return appears here.",
  status: "Status",
  statuses: { draft: "draft", approved: "approved", active: "active", completed: "completed", stopped: "stopped" },
  invalidPlan: "This investment's plan is incomplete; no figures were computed.",
  plannedPayback: "Payback as planned",
  projectedPayback: "Payback at the current pace",
  chartTitle: "Cumulative ROI per month",
  chartLegend: {
    band: "forecast (conservative to optimistic)",
    scenario: (name) => `${name} forecast`,
    actual: "actual",
    period: "report period",
  },
  noChart: "No forecast to show yet.",
  kpis: "KPIs",
  kpiColumns: { name: "KPI", baseline: "Baseline", target: "Target", latest: "Latest measurement", state: "State" },
  kpiStates: {
    on_target: "target reached",
    improving: "improving",
    regressing: "getting worse",
    no_baseline: "no baseline",
    no_data: "not measured",
  },
  noKpis: "No KPIs recorded.",
  leaks: "Value leaks",
  noLeaks: "No value leaks found.",
  rankedLeaks: "Value leaks, largest first",
  rankedLeaksIntro: "Where return is leaking away, ranked by the amount at stake per month, with the next step.",
  atStake: (amount) => `${amount} per month at stake`,
  reviewedLeaks: "Reviewed value leaks",
  seeRankedLeak: (rank, reviewed) =>
    `finding and next step: no. ${rank} of the ${reviewed ? "reviewed value leaks" : "value leaks"}`,
  reviewedLeaksIntro:
    "These leaks were reviewed and are not counted as open. They stay listed here: reviewed is not the same as fixed.",
  reviewedBy: ({ by, date, reason, until }) =>
    `Reviewed by ${by || "someone"} on ${date}${reason ? ` — ${reason}` : ""}${until ? ` (until ${until})` : ""}`,
  leakCodes: {
    UNDER_FORECAST: "Benefit under forecast",
    COST_OVERRUN: "Cost overrun",
    MISSING_ACTUALS: "Missing actuals",
    NO_BASELINE: "No baseline",
    KPI_REGRESSION: "KPI moving the wrong way",
    PAYBACK_SLIP: "Payback slipping",
    ZOMBIE_COST: "Paying without benefit",
    NEGATIVE_AFTER_RAMP: "Still negative after ramp-up",
  },
  moreItems: (count) => `and ${count} more`,
  continued: (title) => `${title} (continued)`,
  appendix: "Appendix: definitions and formulas",
  appendixIntro: "Every amount is computed exactly and rounded to cents (half up) only when shown.",
  definitions: [
    {
      term: "ROI",
      text: "(benefit - cost) ÷ cost × 100%. Example: €1,000 that brings €3,000 gives (3,000 - 1,000) ÷ 1,000 = 200%. With no cost the ROI is undefined (—).",
    },
    { term: "Net value", text: "benefit - cost." },
    {
      term: "Invested and realised",
      text: "The sum of actual costs and benefits of every recorded month up to the end of the period.",
    },
    {
      term: "Forecast ROI",
      text: "The ROI the plan forecast for the same months that have actual figures. A missing month counts as missing, not as a shortfall.",
    },
    {
      term: "Scenarios",
      text: "Conservative, expected and optimistic: the plan's benefits times a multiplier; costs stay the same. The chart's band runs from conservative to optimistic.",
    },
    {
      term: "Cumulative ROI",
      text: "The ROI of all costs and benefits from the start up to and including that month.",
    },
    {
      term: "Payback",
      text: "The first month in which the running benefit reaches the running cost. 'Current pace' continues the plan scaled by actual ÷ forecast so far. The status compares the current pace with the planned month of the expected scenario: paid back, on schedule, late (later than planned or not within the horizon) or not known yet (no figures yet, or the plan never pays back).",
    },
    {
      term: "Value leak",
      text: "A sign that return is leaking away (for example benefit more than 20% under forecast for two or more months, cost more than 10% over forecast, missing months). The amount is what is at stake per month. A reviewed leak is not counted as open while it does not get worse (or until its snoozed month), but it stays in the report with who reviewed it, when and why.",
    },
    {
      term: "Totals",
      text: "Amounts are only added within one currency: investments in another currency are listed apart. The totals count approved, running, completed and stopped investments; drafts are listed apart.",
    },
    {
      term: "KPI state",
      text: "The latest measurement against the baseline and the target, in the direction the KPI should move.",
    },
  ],
};

const TEXTS: Record<UiLocale, Texts> = { nl, en };

export const reportTexts = (locale: UiLocale): Texts => TEXTS[locale];
export type ReportTexts = Texts;
