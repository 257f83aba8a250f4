// The words of the stakeholder PDF, in Dutch and English. Kept apart from the UI messages:
// a report is read by people who never see the app, so it explains instead of labelling.
// The report embeds DejaVu Sans Condensed (report-fonts.ts): every Dutch glyph, the minus sign (−), ≥ and ≤
// are printed as written (render.test.ts checks them with pdffonts and pdftotext).
import type { UiLocale } from "@/lib/i18n/locales";
import type { DiscountRateSource, IrrNullReason, LeakCode, ScenarioName } from "@/lib/roi";
import type { PaybackStatus } from "@/lib/portfolio/payback";
import type { ReportRateFallback } from "./report-conversion";

type Rate = { from: string; to: string; period: string };

/** "2026-02, 2026-05 – 2026-12" */
const rangesText = (ranges: { from: string; to: string }[]) =>
  ranges.map((r) => (r.from === r.to ? r.from : `${r.from} – ${r.to}`)).join(", ");

/** The cover, the executive summary, the overview tables and the appendix's rate note. */
type FrameTexts = {
  preparedByLabel: string;
  generatedLabel: string;
  currencyLabel: string;
  coverFigures: { invested: string; realised: string; roi: string };
  inPeriod: (amount: string) => string;
  forecastSameMonths: (roi: string) => string;
  coverScope: (count: number, currency: string, converted: boolean) => string;
  otherCurrencyLine: (currency: string, count: number, figures: string) => string;
  otherCurrencyFigures: (invested: string, realised: string, roi: string) => string;
  draftsLine: (counts: string) => string;
  contents: string;
  contentsEntries: {
    summary: string;
    overview: string;
    investments: string;
    leaks: string;
    appendix: string;
    rates: string;
  };
  npv: string;
  npvNote: (missing: number) => string;
  npvRate: (workspaceRatePct: string | null) => string;
  portfolioChart: (currency: string) => string;
  axisRoi: string;
  chartAlternative: (period: string, actual: string, forecast: string, scenario: string) => string;
  topLeaks: string;
  nextStep: string;
  allLeaksAt: (count: number) => string;
  overviewTitle: string;
  npvColumn: string;
  discountRateTerm: string;
  discountRateText: (workspaceRatePct: string | null) => string;
};

type InvestmentSectionTexts = {
  category: string;
  categories: Record<string, string>;
  owner: string;
  planVersion: (version: number | null) => string;
  currency: string;
  reachedPayback: string;
  notYet: string;
  discountedTitle: string;
  npvAt: (rate: string) => string;
  rateSources: Record<DiscountRateSource, string>;
  irr: string;
  irrNone: Record<IrrNullReason, (roots: string) => string>;
  discountedPayback: string;
  notWithinHorizon: string;
  tableTitle: string;
  tableNote: (currency: string) => string;
  tableColumns: {
    period: string;
    forecastCost: string;
    actualCost: string;
    forecastBenefit: string;
    actualBenefit: string;
    costVariance: string;
    benefitVariance: string;
    roiForecast: string;
    roiActual: string;
  };
  totalRecorded: string;
  tornadoTitle: (changePct: number) => string;
  tornadoIntro: (base: string) => string;
  tornadoLow: (changePct: number) => string;
  tornadoHigh: (changePct: number) => string;
  tornadoAxis: (currency: string) => string;
  tornadoNone: string;
  tornadoMore: (count: number) => string;
  clamped: string;
  driverKinds: Record<"cost" | "benefit" | "input", string>;
  uncertaintyTitle: string;
  estimate: (seed: number, draws: string) => string;
  noRanges: string;
  percentileRows: { roi: string; npv: string };
  paybackProbability: (pct: string) => string;
  percentileNote: string;
  noRisk: string;
};

type ConversionTexts = {
  /** "2026-07 USD→EUR" */
  missingRate: (rate: Rate) => string;
  /** The headline is incomplete: which rates are missing (listed). */
  incomplete: (count: number, currency: string, list: string) => string;
  coverIncomplete: (count: number) => string;
  fallback: (from: string, to: string, months: number, period: string) => string;
  /** What another currency's plans add to the headline. */
  convertedAs: (currency: string, invested: string, realised: string) => string;
  npvOwnCurrency: (currency: string) => string;
  /** An investment's line in the reporting currency. */
  investmentLine: (currency: string, figures: string) => string;
  investmentFigures: (f: {
    invested: string;
    realised: string;
    net: string;
    actualRoi: string;
    forecastRoi: string;
    plannedRoi: string;
    scenario: string;
  }) => string;
  investmentIncomplete: (currency: string, list: string) => string;
  ratesTitle: string;
  ratesIntro: string;
  columns: { month: string; pair: string; rate: string; source: string; usedFor: string };
  sources: Record<string, string>;
  how: Record<"direct" | "divided" | "cross", string>;
  noRatesUsed: string;
  fallbacksTitle: string;
  fallbacksIntro: string;
  fallbackLine: (f: ReportRateFallback) => string;
  missingTitle: string;
  missingIntro: string;
  more: (count: number) => string;
};

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
  headlineIntro: (currency: string, count: number, otherCurrencies: string[]) => string;
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
  /** One investment's section: header, discounted figures, month table, tornado, uncertainty. */
  investment: InvestmentSectionTexts;
  /** Other currencies converted into the reporting currency, and the appendix of the rates used. */
  conversion: ConversionTexts;
  appendix: string;
  appendixIntro: string;
  definitions: { term: string; text: string }[];
  frame: FrameTexts;
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
  headlineIntro: (currency, count, others) =>
    others.length === 0
      ? `${count} goedgekeurde of lopende ${count === 1 ? "investering" : "investeringen"} in ${currency}. Concepten staan apart en worden niet opgeteld.`
      : `${count} goedgekeurde of lopende ${count === 1 ? "investering" : "investeringen"}, in ${currency}: bedragen in ${others.join(", ")} zijn maand voor maand omgerekend met de koersen van de werkruimte (bijlage ‘Gebruikte wisselkoersen’). Concepten staan apart en worden niet opgeteld.`,
  otherCurrencyTitle: (currency, reporting) =>
    `Investeringen in ${currency} (omgerekend naar ${reporting} in de totalen)`,
  draftsTitle: (currency) => `Concepten in ${currency} (tellen niet mee)`,
  draftsIntro: "Plannen die nog niet zijn goedgekeurd; hun cijfers tellen niet mee in de totalen.",
  openLeaksLine: (count, amount) =>
    count === 0
      ? "Geen open waardelekken."
      : `${count} open ${count === 1 ? "waardelek" : "waardelekken"}, ${amount} per maand op het spel.`,
  notCounted: "concept: telt niet mee in de totalen",
  otherCurrencyNote: (_currency, reporting) => `omgerekend naar ${reporting} in de totalen`,
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
  investment: {
    category: "Categorie",
    categories: {
      acquisition: "Klantwerving",
      loyalty: "Loyaliteit",
      ai_automation: "AI en automatisering",
      customer_experience: "Klantbeleving",
      process: "Proces",
      product: "Product",
      other: "Overig",
    },
    owner: "Eigenaar",
    planVersion: (version) => (version === null ? "werkversie (nog niet goedgekeurd)" : `planversie ${version}`),
    currency: "Valuta",
    reachedPayback: "Terugverdiend in",
    notYet: "nog niet",
    discountedTitle: "Verdisconteerd (verwacht scenario, hele looptijd)",
    npvAt: (rate) => `Netto contante waarde bij ${rate}`,
    rateSources: {
      definition: "rente uit het plan",
      workspace: "standaardrente van de werkruimte",
      default: "standaardrente",
    },
    irr: "Interne rentabiliteit (IRR)",
    irrNone: {
      NO_SIGN_CHANGE: () => "geen: de maandstromen wisselen niet van teken",
      NO_ROOT_IN_RANGE: () => "geen tussen −99,99% en 100.000% per jaar",
      MULTIPLE_ROOTS: (roots) => `niet eenduidig: de stromen wisselen vaker van teken; NCW = 0 bij ${roots}`,
    },
    discountedPayback: "Verdisconteerd terugverdiend",
    notWithinHorizon: "niet binnen de looptijd",
    tableTitle: "Maand voor maand",
    tableNote: (currency) =>
      `Bedragen in ${currency}. Prognose: verwacht scenario van het plan dat gold toen de maand werd vastgelegd. Afwijking = werkelijk − prognose (kosten +: overschrijding; opbrengst −: tekort). Cursieve regels na de rapportperiode zijn alleen prognose (na 12 maanden per 12 maanden opgeteld); — = niets vastgelegd.`,
    tableColumns: {
      period: "Maand",
      forecastCost: "Kosten\nprognose",
      actualCost: "Kosten\nwerkelijk",
      forecastBenefit: "Opbrengst\nprognose",
      actualBenefit: "Opbrengst\nwerkelijk",
      costVariance: "Afwijking\nkosten",
      benefitVariance: "Afwijking\nopbrengst",
      roiForecast: "Cum. ROI\nprognose",
      roiActual: "Cum. ROI\nwerkelijk",
    },
    totalRecorded: "Totaal vastgelegd",
    tornadoTitle: (pct) => `Gevoeligheid: netto contante waarde met elke factor ${pct}% lager en hoger`,
    tornadoIntro: (base) =>
      `De grootste factoren eerst. De balken lopen van de NCW van het plan (${base}, de lijn) naar de NCW met die ene factor veranderd.`,
    tornadoLow: (pct) => `factor −${pct}%`,
    tornadoHigh: (pct) => `factor +${pct}%`,
    tornadoAxis: (currency) => `NCW in ${currency}`,
    tornadoNone: "Geen factoren om te tonen.",
    tornadoMore: (count) => `en nog ${count} kleinere ${count === 1 ? "factor" : "factoren"}`,
    clamped: "binnen de toegestane grenzen gehouden",
    driverKinds: { cost: "kosten", benefit: "opbrengst", input: "invoer" },
    uncertaintyTitle: "Onzekerheid",
    estimate: (seed, draws) => `Schatting (simulatie, seed ${seed}, ${draws} trekkingen)`,
    noRanges:
      "Geen bandbreedtes ingesteld: geef per post een laag en hoog in de planeditor om de onzekerheid te schatten.",
    percentileRows: { roi: "ROI (hele looptijd)", npv: "Netto contante waarde" },
    paybackProbability: (pct) => `Kans om binnen de looptijd terug te verdienen: ${pct}`,
    percentileNote: "P10: 1 op de 10 uitkomsten is lager; P50: de middelste; P90: 1 op de 10 is hoger.",
    noRisk: "Geen gevoeligheid of onzekerheid: het plan kon niet worden doorgerekend.",
  },
  conversion: {
    missingRate: (r) => `${r.period} ${r.from}→${r.to}`,
    incomplete: (count, currency, list) =>
      `Onvolledig: ${count === 1 ? "1 wisselkoers ontbreekt" : `${count} wisselkoersen ontbreken`}, dus die maanden staan niet in de totalen in ${currency}: ${list}.`,
    coverIncomplete: (count) =>
      `Onvolledig: ${count === 1 ? "1 wisselkoers ontbreekt" : `${count} wisselkoersen ontbreken`} (zie de samenvatting).`,
    fallback: (from, to, months, period) =>
      `${from}-prognoses van ${months} ${months === 1 ? "maand" : "maanden"} tegen de koers ${from}→${to} van ${period} (de laatst bekende).`,
    convertedAs: (currency, invested, realised) =>
      `in de totalen in ${currency}: geïnvesteerd ${invested}, opbrengst ${realised}`,
    npvOwnCurrency: (currency) => ` De NPV telt alleen plannen in ${currency}: een NPV wordt niet omgerekend.`,
    investmentLine: (currency, figures) => `In ${currency} (rapportagevaluta): ${figures}.`,
    investmentFigures: (f) =>
      `geïnvesteerd ${f.invested}, opbrengst ${f.realised}, netto ${f.net}; ROI werkelijk ${f.actualRoi}, volgens prognose ${f.forecastRoi}, hele looptijd (${f.scenario}) ${f.plannedRoi}`,
    investmentIncomplete: (currency, list) =>
      `Onvolledig: koers ontbreekt voor ${list}; die maanden tellen niet mee in de bedragen in ${currency}.`,
    ratesTitle: "Bijlage: gebruikte wisselkoersen",
    ratesIntro:
      "Elke opgeslagen koers die een omgerekend bedrag in dit rapport gebruikte. Een koers zegt: in die maand is 1 VAN = koers NAAR. ÷: gedeeld gebruikt (de andere kant op); kruiskoers: een van de twee stappen via een derde valuta. Elk maandbedrag is één keer omgerekend en afgerond op de kleinste eenheid van de doelvaluta.",
    columns: { month: "Maand", pair: "Van→naar", rate: "Koers", source: "Bron", usedFor: "Gebruikt voor" },
    sources: { manual: "met de hand", ecb: "ECB-bestand", csv: "CSV-bestand", api: "API", import: "werkruimte-import" },
    how: { direct: "", divided: " (÷)", cross: " (kruiskoers)" },
    noRatesUsed: "Geen opgeslagen koers gebruikt.",
    fallbacksTitle: "Prognoses tegen de laatst bekende koers",
    fallbacksIntro:
      "Maanden zonder eigen koers: hun prognose is omgerekend tegen de koers van de nieuwste maand met een koers.",
    fallbackLine: (f) =>
      f.kind === "atStake"
        ? `${f.investmentName}: het bedrag op het spel per maand tegen de koers ${f.from}→${f.to} van ${f.usedPeriod}.`
        : `${f.investmentName}: ${f.months} ${f.months === 1 ? "prognosemaand" : "prognosemaanden"} (${rangesText(f.ranges)}) tegen de koers ${f.from}→${f.to} van ${f.usedPeriod}.`,
    missingTitle: "Ontbrekende koersen",
    missingIntro:
      "Voor deze maanden is geen koers bekend: hun werkelijke bedragen zijn niet omgerekend en tellen niet mee.",
    more: (count) => `en nog ${count}`,
  },
  appendix: "Bijlage: begrippen en formules",
  appendixIntro: "Alle bedragen zijn exact berekend en pas bij het tonen afgerond op centen (half naar boven).",
  definitions: [
    {
      term: "ROI",
      text: "(opbrengst − kosten) ÷ kosten × 100%. Voorbeeld: € 1.000 die € 3.000 oplevert geeft (3.000 − 1.000) ÷ 1.000 = 200%. Zonder kosten is de ROI niet gedefinieerd (—).",
    },
    { term: "Nettowaarde", text: "opbrengst − kosten." },
    {
      term: "BCR (baten-kostenverhouding)",
      text: "opbrengst ÷ kosten. Voorbeeld: 3.000 ÷ 1.000 = 3,0. Boven 1 levert het plan meer op dan het kost.",
    },
    {
      term: "Geïnvesteerd en gerealiseerd",
      text: "De som van de werkelijke kosten en opbrengsten van alle vastgelegde maanden tot en met het einde van de periode.",
    },
    {
      term: "Prognose tegenover werkelijk",
      text: "De ROI die het plan voorspelde voor dezelfde maanden waarvoor cijfers zijn vastgelegd. Elke vastgelegde maand wordt vergeleken met de planversie die gold toen die maand werd vastgelegd; een latere herziening herschrijft een eerdere vergelijking nooit. Maanden na de periode volgen het huidige plan. Een ontbrekende maand telt als ontbrekend, niet als tekort.",
    },
    {
      term: "Scenario's",
      text: "Voorzichtig, verwacht en optimistisch: de opbrengsten van het plan maal een vermenigvuldiger (standaard 0,8×, 1,0× en 1,2×; een plan kan eigen waarden hebben, voorzichtig ≤ verwacht ≤ optimistisch); de kosten blijven gelijk. De band in de grafieken loopt van voorzichtig tot optimistisch.",
    },
    { term: "Cumulatieve ROI", text: "De ROI van alle kosten en opbrengsten vanaf de start tot en met die maand." },
    {
      term: "Terugverdienen",
      text: "De eerste maand waarin de opgetelde opbrengst de opgetelde kosten evenaart. ‘Huidige koers’ zet het plan voort met de verhouding werkelijk ÷ prognose tot nu toe. De stand vergelijkt de huidige koers met de geplande maand van het verwachte scenario: terugverdiend, op schema, te laat (later dan gepland of niet binnen de looptijd) of nog onbekend (nog geen cijfers, of het plan verdient zichzelf niet terug).",
    },
    {
      term: "Disconteren",
      text: "De netto kasstroom van maand m (opbrengst − kosten van die maand) valt aan het einde van maand m en wordt gedeeld door (1 + r)^(m/12), met r de jaarrente. Voorbeeld: € 1.000 in maand 12 bij 8% is nu 1.000 ÷ 1,08 = € 925,93 waard. Welke rente: die van het plan zelf, anders de standaardrente van de werkruimte, anders 8%; elke investering vermeldt de rente die is gebruikt en waar die vandaan komt.",
    },
    {
      term: "NPV (netto contante waarde)",
      text: "De som van de verdisconteerde netto kasstromen over de hele looptijd, afgerond op centen. Positief: het plan levert meer op dan de rente. De samenvatting telt de NPV’s van het verwachte scenario van de meetellende plannen op, per valuta, elk bij de eigen rente.",
    },
    {
      term: "IRR (interne rentabiliteit)",
      text: "De jaarrente waarbij de NPV precies 0 is, gezocht door insluiten en halveren (bisectie) tussen −99,99% en 100.000%, afgerond op 2 decimalen. Er staat — in plaats van een IRR als de kasstromen nooit van teken wisselen (alleen kosten óf alleen opbrengsten), als er geen nulpunt in dat bereik ligt, of als er meer dan één nulpunt is (kasstromen die meer dan één keer van teken wisselen); dan staan de gevonden rentes erbij.",
    },
    {
      term: "Verdisconteerd terugverdienen",
      text: "De eerste maand, met al enige kosten, waarin de opgetelde verdisconteerde opbrengst ≥ de opgetelde verdisconteerde kosten. Later dan gewoon terugverdienen, omdat later geld minder waard is; — als dat binnen de looptijd niet gebeurt.",
    },
    {
      term: "Gevoeligheid (tornado)",
      text: "Elke factor (elke kosten- en opbrengstpost en elke invoer van een sjabloon) −20% en +20%, de rest gelijk, in het verwachte scenario. De balken tonen de NPV aan beide kanten, de grootste uitslag eerst.",
    },
    {
      term: "Simulatie",
      text: "Posten met een bandbreedte (laag en hoog, als vermenigvuldiger van het bedrag) worden getrokken uit een driehoeksverdeling (laag, 1, hoog); 10.000 trekkingen met een vaste seed, zodat hetzelfde rapport dezelfde cijfers geeft. P10, P50 en P90: 10%, 50% en 90% van de trekkingen ligt daaronder. De kans op terugverdienen is het deel van de trekkingen dat binnen de looptijd terugverdient. Een schatting, geen belofte: ze weerspiegelt alleen de ingevoerde bandbreedtes.",
    },
    {
      term: "Waardelek",
      text: "Een signaal dat rendement weglekt (bijvoorbeeld opbrengst meer dan 20% onder prognose in twee of meer maanden, kosten meer dan 10% boven prognose, ontbrekende maanden). Het bedrag is wat er per maand op het spel staat. Een beoordeeld lek telt niet mee als open lek zolang het niet groter wordt (of tot de uitgestelde maand), maar blijft in het rapport staan met wie het beoordeelde, wanneer en waarom.",
    },
    {
      term: "Totalen",
      text: "De totalen staan in de valuta van de werkruimte. Bedragen in een andere valuta worden eerst maand voor maand omgerekend met de koerstabel van de werkruimte: werkelijke bedragen tegen de koers van hun eigen maand (ontbreekt die, dan telt die maand niet mee en heet het totaal onvolledig), prognoses en plannen tegen de koers van hun maand of anders de laatst bekende. Elk omgerekend bedrag wordt één keer afgerond op de kleinste eenheid van de valuta (half naar boven); totalen tellen die bedragen op. Een NPV wordt niet omgerekend. De totalen tellen goedgekeurde, lopende, afgeronde en gestopte investeringen; concepten staan apart.",
    },
    {
      term: "KPI-stand",
      text: "De laatste meting vergeleken met de nulmeting en het doel, in de richting die de KPI hoort te bewegen.",
    },
    {
      term: "Afronding",
      text: "Bedragen worden exact berekend (decimaal, geen afrondingsfouten) en pas bij het tonen afgerond op centen, half naar boven; percentages op 2 decimalen. Alleen de simulatie en de IRR-zoektocht rekenen met benaderingen.",
    },
  ],
  frame: {
    preparedByLabel: "Opgesteld door",
    generatedLabel: "Gemaakt op",
    currencyLabel: "Valuta van de totalen",
    coverFigures: {
      invested: "Geïnvesteerd t/m de periode",
      realised: "Gerealiseerde opbrengst",
      roi: "ROI werkelijk",
    },
    inPeriod: (amount) => `waarvan ${amount} in de periode`,
    forecastSameMonths: (roi) => `prognose voor dezelfde maanden: ${roi}`,
    coverScope: (count, currency, converted) =>
      `${count} goedgekeurde of lopende ${count === 1 ? "investering" : "investeringen"}, in ${currency}${converted ? " (andere valuta omgerekend)" : ""}, tot en met het einde van de periode.`,
    otherCurrencyLine: (currency, count, figures) =>
      `In ${currency}: ${count} ${count === 1 ? "investering" : "investeringen"}; ${figures}.`,
    otherCurrencyFigures: (invested, realised, roi) =>
      `geïnvesteerd ${invested}, opbrengst ${realised}, ROI werkelijk ${roi}`,
    draftsLine: (counts) => `Concepten, tellen niet mee: ${counts}.`,
    contents: "Inhoud",
    contentsEntries: {
      summary: "Samenvatting",
      overview: "Investeringen in één oogopslag",
      investments: "Per investering",
      leaks: "Waardelekken",
      appendix: "Bijlage: begrippen en formules",
      rates: "Bijlage: gebruikte wisselkoersen",
    },
    npv: "NPV van de plannen (verwacht)",
    npvNote: (missing) =>
      missing === 0
        ? ""
        : ` ${missing} ${missing === 1 ? "plan kon" : "plannen konden"} niet worden doorgerekend en ${missing === 1 ? "telt" : "tellen"} niet mee in de NPV.`,
    npvRate: (rate) =>
      `NPV: elk plan verdisconteerd tegen de eigen rente, anders ${rate === null ? "8%" : `de standaardrente van de werkruimte (${rate})`}.`,
    portfolioChart: (currency) => `Portefeuille: cumulatieve ROI per maand (${currency})`,
    axisRoi: "cumulatieve ROI",
    chartAlternative: (period, actual, forecast, scenario) =>
      `Eind ${period}: werkelijk ${actual}, prognose ${scenario} ${forecast}.`,
    topLeaks: "De drie grootste waardelekken",
    nextStep: "Volgende stap",
    allLeaksAt: (count) => `Alle ${count} open waardelekken staan bij ‘Waardelekken, grootste eerst’.`,
    overviewTitle: "Investeringen in één oogopslag",
    npvColumn: "NPV",
    discountRateTerm: "Rente in dit rapport",
    discountRateText: (rate) =>
      rate === null
        ? "Deze werkruimte heeft geen eigen standaardrente: plannen zonder eigen rente worden verdisconteerd tegen 8%."
        : `De standaardrente van deze werkruimte is ${rate}: plannen zonder eigen rente worden daartegen verdisconteerd.`,
  },
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
  headlineIntro: (currency, count, others) =>
    others.length === 0
      ? `${count} approved or running ${count === 1 ? "investment" : "investments"} in ${currency}. Drafts are listed apart and never added in.`
      : `${count} approved or running ${count === 1 ? "investment" : "investments"}, in ${currency}: amounts in ${others.join(", ")} are converted month by month at the workspace's rates (appendix ‘Exchange rates used’). Drafts are listed apart and never added in.`,
  otherCurrencyTitle: (currency, reporting) => `Investments in ${currency} (converted into ${reporting} in the totals)`,
  draftsTitle: (currency) => `Drafts in ${currency} (not counted)`,
  draftsIntro: "Plans not approved yet; their figures are not part of the totals.",
  openLeaksLine: (count, amount) =>
    count === 0
      ? "No open value leaks."
      : `${count} open value ${count === 1 ? "leak" : "leaks"}, ${amount} per month at stake.`,
  notCounted: "draft: not counted in the totals",
  otherCurrencyNote: (_currency, reporting) => `converted into ${reporting} in the totals`,
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
  investment: {
    category: "Category",
    categories: {
      acquisition: "Acquisition",
      loyalty: "Loyalty",
      ai_automation: "AI & automation",
      customer_experience: "Customer experience",
      process: "Process",
      product: "Product",
      other: "Other",
    },
    owner: "Owner",
    planVersion: (version) => (version === null ? "working draft (not approved yet)" : `plan version ${version}`),
    currency: "Currency",
    reachedPayback: "Paid back in",
    notYet: "not yet",
    discountedTitle: "Discounted (expected scenario, full horizon)",
    npvAt: (rate) => `Net present value at ${rate}`,
    rateSources: {
      definition: "rate set in the plan",
      workspace: "workspace default rate",
      default: "standard rate",
    },
    irr: "Internal rate of return (IRR)",
    irrNone: {
      NO_SIGN_CHANGE: () => "none: the monthly flows never change sign",
      NO_ROOT_IN_RANGE: () => "none between −99.99% and 100,000% a year",
      MULTIPLE_ROOTS: (roots) => `ambiguous: the flows change sign more than once; NPV = 0 at ${roots}`,
    },
    discountedPayback: "Discounted payback",
    notWithinHorizon: "not within the horizon",
    tableTitle: "Month by month",
    tableNote: (currency) =>
      `Amounts in ${currency}. Forecast: the expected scenario of the plan in force when the month was recorded. Variance = actual − forecast (cost +: overspend; benefit −: shortfall). Rows in italics after the report period are forecast only (after 12 months summed per 12 months); — = nothing recorded.`,
    tableColumns: {
      period: "Month",
      forecastCost: "Cost\nforecast",
      actualCost: "Cost\nactual",
      forecastBenefit: "Benefit\nforecast",
      actualBenefit: "Benefit\nactual",
      costVariance: "Cost\nvariance",
      benefitVariance: "Benefit\nvariance",
      roiForecast: "Cum. ROI\nforecast",
      roiActual: "Cum. ROI\nactual",
    },
    totalRecorded: "Total recorded",
    tornadoTitle: (pct) => `Sensitivity: net present value with each driver ${pct}% lower and higher`,
    tornadoIntro: (base) =>
      `Largest drivers first. Each bar runs from the plan's NPV (${base}, the line) to the NPV with that one driver changed.`,
    tornadoLow: (pct) => `driver −${pct}%`,
    tornadoHigh: (pct) => `driver +${pct}%`,
    tornadoAxis: (currency) => `NPV in ${currency}`,
    tornadoNone: "No drivers to show.",
    tornadoMore: (count) => `and ${count} smaller ${count === 1 ? "driver" : "drivers"}`,
    clamped: "kept within its allowed range",
    driverKinds: { cost: "cost", benefit: "benefit", input: "input" },
    uncertaintyTitle: "Uncertainty",
    estimate: (seed, draws) => `Estimate (simulation, seed ${seed}, ${draws} draws)`,
    noRanges: "No ranges set: add low/high per item in the plan editor to estimate the uncertainty.",
    percentileRows: { roi: "ROI (full horizon)", npv: "Net present value" },
    paybackProbability: (pct) => `Probability of paying back within the horizon: ${pct}`,
    percentileNote: "P10: 1 in 10 outcomes is lower; P50: the middle one; P90: 1 in 10 is higher.",
    noRisk: "No sensitivity or uncertainty: the plan could not be evaluated.",
  },
  conversion: {
    missingRate: (r) => `${r.period} ${r.from}→${r.to}`,
    incomplete: (count, currency, list) =>
      `Incomplete: ${count === 1 ? "1 exchange rate is" : `${count} exchange rates are`} missing, so those months are not in the ${currency} totals: ${list}.`,
    coverIncomplete: (count) =>
      `Incomplete: ${count === 1 ? "1 exchange rate is" : `${count} exchange rates are`} missing (see the executive summary).`,
    fallback: (from, to, months, period) =>
      `${from} forecasts of ${months} ${months === 1 ? "month" : "months"} at the ${period} ${from}→${to} rate (the latest known).`,
    convertedAs: (currency, invested, realised) =>
      `in the ${currency} totals: invested ${invested}, realised ${realised}`,
    npvOwnCurrency: (currency) => ` The NPV counts plans in ${currency} only: an NPV is not converted.`,
    investmentLine: (currency, figures) => `In ${currency} (reporting currency): ${figures}.`,
    investmentFigures: (f) =>
      `invested ${f.invested}, realised ${f.realised}, net ${f.net}; actual ROI ${f.actualRoi}, forecast ${f.forecastRoi}, full horizon (${f.scenario}) ${f.plannedRoi}`,
    investmentIncomplete: (currency, list) =>
      `Incomplete: rate missing for ${list}; those months are not in the ${currency} amounts.`,
    ratesTitle: "Appendix: exchange rates used",
    ratesIntro:
      "Every stored rate that a converted amount in this report used. A rate says: in that month, 1 FROM = rate TO. ÷: used divided (the other way round); cross rate: one of the two steps through a third currency. Each month's amount is converted once and rounded to the target currency's smallest unit.",
    columns: { month: "Month", pair: "From→to", rate: "Rate", source: "Source", usedFor: "Used for" },
    sources: { manual: "by hand", ecb: "ECB file", csv: "CSV file", api: "API", import: "workspace import" },
    how: { direct: "", divided: " (÷)", cross: " (cross rate)" },
    noRatesUsed: "No stored rate was used.",
    fallbacksTitle: "Forecasts at the latest known rate",
    fallbacksIntro:
      "Months without a rate of their own: their forecast was converted at the rate of the newest month that has one.",
    fallbackLine: (f) =>
      f.kind === "atStake"
        ? `${f.investmentName}: the money at stake per month at the ${f.usedPeriod} ${f.from}→${f.to} rate.`
        : `${f.investmentName}: ${f.months} forecast ${f.months === 1 ? "month" : "months"} (${rangesText(f.ranges)}) at the ${f.usedPeriod} ${f.from}→${f.to} rate.`,
    missingTitle: "Missing rates",
    missingIntro: "No rate is known for these months: their actual amounts were not converted and are left out.",
    more: (count) => `and ${count} more`,
  },
  appendix: "Appendix: definitions and formulas",
  appendixIntro: "Every amount is computed exactly and rounded to cents (half up) only when shown.",
  definitions: [
    {
      term: "ROI",
      text: "(benefit − cost) ÷ cost × 100%. Example: €1,000 that brings €3,000 gives (3,000 − 1,000) ÷ 1,000 = 200%. With no cost the ROI is undefined (—).",
    },
    { term: "Net value", text: "benefit − cost." },
    {
      term: "BCR (benefit-cost ratio)",
      text: "benefit ÷ cost. Example: 3,000 ÷ 1,000 = 3.0. Above 1 the plan brings more than it costs.",
    },
    {
      term: "Invested and realised",
      text: "The sum of actual costs and benefits of every recorded month up to the end of the period.",
    },
    {
      term: "Forecast against actual",
      text: "The ROI the plan forecast for the same months that have actual figures. Each recorded month is compared with the plan version in force when that month was recorded; a later re-plan never rewrites an earlier comparison. Months after the period follow the current plan. A missing month counts as missing, not as a shortfall.",
    },
    {
      term: "Scenarios",
      text: "Conservative, expected and optimistic: the plan's benefits times a multiplier (by default 0.8×, 1.0× and 1.2×; a plan may set its own, conservative ≤ expected ≤ optimistic); costs stay the same. The charts' band runs from conservative to optimistic.",
    },
    {
      term: "Cumulative ROI",
      text: "The ROI of all costs and benefits from the start up to and including that month.",
    },
    {
      term: "Payback",
      text: "The first month in which the running benefit reaches the running cost. ‘Current pace’ continues the plan scaled by actual ÷ forecast so far. The status compares the current pace with the planned month of the expected scenario: paid back, on schedule, late (later than planned or not within the horizon) or not known yet (no figures yet, or the plan never pays back).",
    },
    {
      term: "Discounting",
      text: "The net flow of month m (benefit − cost of that month) is taken at the end of month m and divided by (1 + r)^(m/12), r being the annual rate. Example: €1,000 in month 12 at 8% is worth 1,000 ÷ 1.08 = €925.93 today. Which rate: the plan's own, else the workspace's default, else 8%; each investment states the rate it used and where it came from.",
    },
    {
      term: "NPV (net present value)",
      text: "The sum of the discounted net flows over the whole horizon, rounded to cents. Positive: the plan earns more than the rate. The summary adds up the expected-scenario NPVs of the counted plans per currency, each at its own rate.",
    },
    {
      term: "IRR (internal rate of return)",
      text: "The annual rate at which NPV is exactly 0, found by bracketing and bisection between −99.99% and 100,000%, rounded to 2 decimals. It shows — instead when the flows never change sign (only cost or only benefit), when no root lies in that range, or when there is more than one root (flows that change sign more than once); the rates found are then listed.",
    },
    {
      term: "Discounted payback",
      text: "The first month, with some cost so far, in which the running discounted benefit ≥ the running discounted cost. Later than the simple payback, as later money is worth less; — when it does not happen within the horizon.",
    },
    {
      term: "Sensitivity (tornado)",
      text: "Each driver (every cost and benefit item and each template input) at −20% and +20%, all else unchanged, in the expected scenario. The bars show the NPV at either end, the largest swing first.",
    },
    {
      term: "Simulation",
      text: "Items with a range (low and high, as multipliers of their amount) are drawn from a triangular distribution (low, 1, high); 10,000 draws with a fixed seed, so the same report gives the same figures. P10, P50 and P90: 10%, 50% and 90% of the draws lie below them. The probability of payback is the share of draws that pay back within the horizon. An estimate, not a promise: it reflects only the ranges entered.",
    },
    {
      term: "Value leak",
      text: "A sign that return is leaking away (for example benefit more than 20% under forecast for two or more months, cost more than 10% over forecast, missing months). The amount is what is at stake per month. A reviewed leak is not counted as open while it does not get worse (or until its snoozed month), but it stays in the report with who reviewed it, when and why.",
    },
    {
      term: "Totals",
      text: "The totals are in the workspace's currency. Amounts in another currency are first converted month by month with the workspace's rate table: actual amounts at their own month's rate (when it is missing, that month is left out and the total is called incomplete), forecasts and plans at their month's rate, else the latest known one. Each converted amount is rounded once to the currency's smallest unit (half up); totals add those amounts. An NPV is not converted. The totals count approved, running, completed and stopped investments; drafts are listed apart.",
    },
    {
      term: "KPI state",
      text: "The latest measurement against the baseline and the target, in the direction the KPI should move.",
    },
    {
      term: "Rounding",
      text: "Amounts are computed exactly (decimal, no rounding errors) and rounded half up to cents only when shown; percentages to 2 decimals. Only the simulation and the IRR search use approximations.",
    },
  ],
  frame: {
    preparedByLabel: "Prepared by",
    generatedLabel: "Generated",
    currencyLabel: "Currency of the totals",
    coverFigures: {
      invested: "Invested to the end of the period",
      realised: "Realised benefit",
      roi: "Actual ROI",
    },
    inPeriod: (amount) => `of which ${amount} in the period`,
    forecastSameMonths: (roi) => `forecast for the same months: ${roi}`,
    coverScope: (count, currency, converted) =>
      `${count} approved or running ${count === 1 ? "investment" : "investments"}, in ${currency}${converted ? " (other currencies converted)" : ""}, up to the end of the period.`,
    otherCurrencyLine: (currency, count, figures) =>
      `In ${currency}: ${count} ${count === 1 ? "investment" : "investments"}; ${figures}.`,
    otherCurrencyFigures: (invested, realised, roi) => `invested ${invested}, realised ${realised}, actual ROI ${roi}`,
    draftsLine: (counts) => `Drafts, not counted: ${counts}.`,
    contents: "Contents",
    contentsEntries: {
      summary: "Executive summary",
      overview: "Investments at a glance",
      investments: "Each investment",
      leaks: "Value leaks",
      appendix: "Appendix: definitions and formulas",
      rates: "Appendix: exchange rates used",
    },
    npv: "NPV of the plans (expected)",
    npvNote: (missing) =>
      missing === 0
        ? ""
        : ` ${missing} ${missing === 1 ? "plan" : "plans"} could not be evaluated and ${missing === 1 ? "is" : "are"} left out of the NPV.`,
    npvRate: (rate) =>
      `NPV: each plan discounted at its own rate, else ${rate === null ? "8%" : `the workspace's default (${rate})`}.`,
    portfolioChart: (currency) => `Portfolio: cumulative ROI per month (${currency})`,
    axisRoi: "cumulative ROI",
    chartAlternative: (period, actual, forecast, scenario) =>
      `End of ${period}: actual ${actual}, ${scenario} forecast ${forecast}.`,
    topLeaks: "The three largest value leaks",
    nextStep: "Next step",
    allLeaksAt: (count) => `All ${count} open value leaks are listed under ‘Value leaks, largest first’.`,
    overviewTitle: "Investments at a glance",
    npvColumn: "NPV",
    discountRateTerm: "Rate in this report",
    discountRateText: (rate) =>
      rate === null
        ? "This workspace has no default rate of its own: plans without their own rate are discounted at 8%."
        : `This workspace's default rate is ${rate}: plans without their own rate are discounted at it.`,
  },
};

const TEXTS: Record<UiLocale, Texts> = { nl, en };

export const reportTexts = (locale: UiLocale): Texts => TEXTS[locale];
export type ReportTexts = Texts;
