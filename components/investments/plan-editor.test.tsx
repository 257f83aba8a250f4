import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { PlanEditor } from "./plan-editor";

function render(locale: "en" | "nl", element: ReactElement) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {element}
    </NextIntlClientProvider>,
  );
  return html.replace(/\u00a0|\u202f/g, " ");
}
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const noop = () => {};

describe("the plan editor's intermediate figures, ranges and rate", () => {
  it("a time saving shows its arithmetic in Dutch notation, and its stored range as percentages", () => {
    const plan = {
      costs: [],
      benefits: [{ kind: "timeSaving", label: "Intake", minutesPerUnit: "15", unitsPerMonth: "80", hourlyRate: "60", range: { low: "0.6", high: "1.3" } }],
    };
    const html = render("nl", <PlanEditor plan={plan} onChange={noop} errors={{}} currency="EUR" workspaceDiscountRatePct="7.5" />);
    const shown = text(html);
    // 15 × 80 = 1.200 minuten ÷ 60 = 20 uur; 20 × € 60 = € 1.200
    expect(shown).toContain("15 min × 80 ÷ 60 = 20 u per maand");
    expect(shown).toContain("20 u × € 60,00 = € 1.200,00 per maand");
    expect(html).toMatch(/id="plan-benefits-0-range-down"[^>]*value="40"/);
    expect(html).toMatch(/id="plan-benefits-0-range-up"[^>]*value="30"/);
    expect(shown).toContain("Leeg: de standaard van de werkruimte (7,5%)");
  });

  it("names an unreadable range at its field, in words", () => {
    const plan = { costs: [{ kind: "oneTime", label: "Bouw", amount: "100", month: "1", rangeDownPct: "+10", rangeUpPct: "1000" }], benefits: [] };
    const html = render("en", <PlanEditor plan={plan} onChange={noop} errors={{}} />);
    expect(html).toContain('id="plan-costs-0-range-down-error"');
    expect(text(html)).toContain("Enter how much it could differ, without a sign: e.g. 40");
    expect(text(html)).toContain("Can be at most 900% higher");
    expect(text(html)).toContain("Empty: the workspace default (the engine&#x27;s 8%)");
  });

  it("the loyalty template shows participants = customers × participation", () => {
    const plan = { template: "loyaltyProgram" as const, inputs: { customers: "2.500", participationPct: "80" }, costs: [], benefits: [] };
    expect(text(render("nl", <PlanEditor plan={plan} onChange={noop} errors={{}} />))).toContain("Deelnemers = 2.500 klanten × 80% = 2.000");
  });
});
