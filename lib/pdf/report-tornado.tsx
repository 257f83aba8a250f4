// The sensitivity tornado of one investment as vector graphics (painted, report-paint.tsx): per driver (largest swing
// first) a bar from the plan's NPV to the NPV with the driver 20% lower, and one to the NPV
// with it 20% higher, with the driver's name at the left and both amounts at the right (the
// text says what the bars show: no information by colour alone).
import type { UiLocale } from "@/lib/i18n/locales";
import { formatMoney, formatNumber } from "./formatters";
import { LABEL, legendLayout, paintLegend, valueAxis, type LegendEntry } from "./report-chart";
import type { ReportRisk } from "./report-investment-model";
import { CONTENT, type Block } from "./report-layout";
import { Painted, paintPolyline, paintText, stackBlocks, type Painter } from "./report-paint";
import { colors, headingBlock, paragraphBlock } from "./report-parts";
import { textWidth } from "./text-metrics";
import { reportTexts } from "./texts";

const ROW = 22;
const BAR = 7;
const LABEL_WIDTH = 150;
const AMOUNTS_WIDTH = 118;
const TOP = 4;
const AXIS = 18;
const LOW_COLOR = "#d97706";
const HIGH_COLOR = colors.scenario;

/** The text cut to `width` points, with an ellipsis when it had to be cut. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, { fontSize }) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, { fontSize }) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

type Sensitivity = ReportRisk["sensitivity"];

function legendOf(changePct: number, locale: UiLocale): LegendEntry[] {
  const t = reportTexts(locale).investment;
  return [
    { label: t.tornadoLow(changePct), color: LOW_COLOR, mark: "area" },
    { label: t.tornadoHigh(changePct), color: HIGH_COLOR, mark: "area" },
  ];
}

function svgHeight(sensitivity: Sensitivity, locale: UiLocale) {
  const rows = Math.max(...legendLayout(legendOf(sensitivity.changePct, locale), CONTENT.width).map((p) => p.row)) + 1;
  return TOP + sensitivity.drivers.length * ROW + AXIS + rows * 11 + 2;
}

function paintTornado(p: Painter, sensitivity: Sensitivity, currency: string, locale: UiLocale): void {
  const t = reportTexts(locale).investment;
  const { drivers, changePct } = sensitivity;
  const base = Number(sensitivity.baseNpv);
  const values = [base, ...drivers.flatMap((d) => [Number(d.lowNpv), Number(d.highNpv)])];
  const axis = valueAxis(values, 5, false);
  const left = LABEL_WIDTH;
  const width = CONTENT.width - LABEL_WIDTH - AMOUNTS_WIDTH;
  const x = (v: number) => left + ((v - axis.min) * width) / (axis.max - axis.min || 1);
  const bottom = TOP + drivers.length * ROW;
  const bar = (from: number, to: number, y: number, fill: string) =>
    p.rect(Math.min(x(from), x(to)), y, Math.max(0.8, Math.abs(x(to) - x(from))), BAR).fill(fill);
  const ink = { ...LABEL, color: colors.ink, baseline: true };
  for (const tick of axis.ticks) {
    paintPolyline(
      p,
      [
        [x(tick), TOP],
        [x(tick), bottom],
      ],
      { width: 0.5, color: colors.line },
    );
    paintText(p, formatNumber(tick, locale), x(tick), bottom + 9, { ...LABEL, align: "center", baseline: true });
  }
  paintText(p, t.tornadoAxis(currency), left + width, bottom + 17, { ...LABEL, align: "right", baseline: true });
  drivers.forEach((d, i) => {
    const y = TOP + i * ROW;
    const label = `${d.label} (${t.driverKinds[d.kind]})${d.clamped ? "*" : ""}`;
    paintText(p, fitText(label, LABEL_WIDTH - 8, LABEL.size), 0, y + 12, ink);
    bar(base, Number(d.lowNpv), y + 3, LOW_COLOR);
    bar(base, Number(d.highNpv), y + 3 + BAR + 1, HIGH_COLOR);
    paintText(p, `−${changePct}%: ${formatMoney(d.lowNpv, locale, currency)}`, CONTENT.width, y + 9, {
      ...ink,
      align: "right",
    });
    paintText(p, `+${changePct}%: ${formatMoney(d.highNpv, locale, currency)}`, CONTENT.width, y + 18, {
      ...ink,
      align: "right",
    });
  });
  paintPolyline(
    p,
    [
      [x(base), TOP - 2],
      [x(base), bottom],
    ],
    { width: 1, color: colors.ink },
  );
  paintLegend(p, { width: CONTENT.width, legendTop: bottom + AXIS }, legendOf(changePct, locale));
}

/** The tornado with its heading and a line that says how to read it; blocks for report-layout.ts. */
export function tornadoBlocks(sensitivity: Sensitivity, currency: string, locale: UiLocale): Block[] {
  const t = reportTexts(locale).investment;
  const heading = headingBlock(t.tornadoTitle(sensitivity.changePct), "h3");
  if (sensitivity.drivers.length === 0) return [heading, paragraphBlock(t.tornadoNone, { muted: true })];
  const intro = paragraphBlock(t.tornadoIntro(formatMoney(sensitivity.baseNpv, locale, currency)), {
    muted: true,
    marginBottom: 4,
  });
  const notes = [
    sensitivity.moreDrivers > 0 ? t.tornadoMore(sensitivity.moreDrivers) : "",
    sensitivity.drivers.some((d) => d.clamped) ? `* ${t.clamped}` : "",
  ].filter(Boolean);
  const note = notes.length > 0 ? paragraphBlock(notes.join(" · "), { muted: true }) : null;
  const chart = svgHeight(sensitivity, locale);
  const diagram: Block = {
    height: chart,
    node: <Painted height={chart} paint={(p) => paintTornado(p, sensitivity, currency, locale)} />,
  };
  return [stackBlocks([heading, intro, diagram, ...(note ? [note] : [])])];
}
