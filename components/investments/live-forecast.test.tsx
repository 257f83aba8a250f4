import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { PlanDocument } from "@/lib/investments/schemas";
import { LiveForecast } from "./live-forecast";

const header = { name: "Tool", currency: "EUR", startMonth: "2026-01", horizonMonths: "12" };
// €1,200 once in month 1, €300 a month back: paid back in month 4, ROI (3,600 − 1,200) ÷ 1,200 = 200%.
const plan = {
  costs: [{ kind: "oneTime", label: "Set-up", amount: "1200", month: "1" }],
  benefits: [{ kind: "fixed", label: "Savings", monthly: "300" }],
} as unknown as PlanDocument;

function render(locale: "en" | "nl", value: PlanDocument) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      <LiveForecast header={header} plan={value} />
    </NextIntlClientProvider>,
  );
  return html.replace(/\u00a0|\u202f/g, " ");
}

describe("the live forecast", () => {
  it("announces the expected ROI and payback in one polite sentence, not the whole panel", () => {
    const html = render("en", plan);
    expect(html).not.toMatch(/<section[^>]*aria-live/);
    expect(html).toContain('<div role="status" aria-live="polite" class="sr-only">Expected scenario: ROI 200.00%; payback: month 4 (April 2026).</div>');
    expect(render("nl", plan)).toContain("Verwacht scenario: ROI 200,00%; terugverdiend: maand 4 (april 2026).");
  });

  it("announces nothing while the plan cannot be computed", () => {
    const broken = { costs: [{ kind: "oneTime", label: "Set-up", amount: "x", month: "1" }], benefits: [] } as unknown as PlanDocument;
    expect(render("en", broken)).toContain('<div role="status" aria-live="polite" class="sr-only"></div>');
  });
});
