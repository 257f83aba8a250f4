import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { Leak } from "@/lib/roi";
import { LeakList } from "./leak-list";

const overrun: Leak = {
  code: "COST_OVERRUN",
  months: [2, 3],
  atStakeMonthly: 412.5,
  params: { abovePct: 12.5, overrun: 1237.5 },
};

function render(locale: "en" | "nl", element: ReactElement) {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {element}
    </NextIntlClientProvider>,
  );
  return html.replace(/\u00a0|\u202f/g, " ");
}

describe("leak sentences in the reader's language", () => {
  it("the investment's leak list", () => {
    const dutch = render("nl", <LeakList leaks={[overrun]} currency="EUR" />);
    expect(dutch).toContain("De kosten liggen 12,5% boven het plan (€ 1.237,50 meer dan begroot).");
    expect(dutch).not.toContain("above plan");
    expect(render("en", <LeakList leaks={[overrun]} currency="EUR" />)).toContain(
      "Costs are 12.5% above plan (€1,237.50 over).",
    );
  });

  it("marks an open leak with a warning sign and in words, not by its amber box alone", () => {
    const html = render("en", <LeakList leaks={[overrun]} currency="EUR" />);
    expect(html).toMatch(/<svg aria-hidden="true"[^>]*text-amber-700/);
    expect(html.replace(/<[^>]+>/g, "")).toContain("Open value leak: Cost overrun");
    expect(render("nl", <LeakList leaks={[overrun]} currency="EUR" />).replace(/<[^>]+>/g, "")).toContain("Open waardelek: Kostenoverschrijding");
  });

  it("a leak stored without params still shows its code's line", () => {
    const stored = {
      code: "COST_OVERRUN",
      months: [2],
      atStakeMonthly: 10,
      message: "Costs are 12.5% above plan",
    } as unknown as Leak;
    expect(render("nl", <LeakList leaks={[stored]} currency="EUR" />)).toContain(
      "De kosten liggen boven het plan. Zoek uit welke kostenpost uitloopt",
    );
  });
});
