import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { firstRunGuide, type FirstRunFacts, type ShownFirstRunGuide } from "@/lib/onboarding/first-run";
import { FirstRunGuide } from "./first-run-guide";

const empty: FirstRunFacts = { investmentCount: 0, draftInvestmentId: null, approvedInvestmentId: null, hasActuals: false };
const draft: FirstRunFacts = { ...empty, investmentCount: 1, draftInvestmentId: "inv-1" };
const approved: FirstRunFacts = { ...empty, investmentCount: 1, approvedInvestmentId: "inv-1" };

function guideFor(facts: FirstRunFacts, role: Role = "owner"): ShownFirstRunGuide {
  const guide = firstRunGuide("acme", facts, role);
  if (!guide.show) throw new Error("expected the guide to show");
  return guide;
}

function render(guide: ShownFirstRunGuide, locale: "en" | "nl" = "en") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam" onError={(error) => { throw error; }}>
      <FirstRunGuide guide={guide} />
    </NextIntlClientProvider>,
  );
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
/** The text of each <li>, in order. */
const items = (html: string) => [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => text(m[1]));
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map((m) => ({ href: m[1], name: text(m[2]) }));

describe("FirstRunGuide", () => {
  it("an empty workspace: the heading, an ordered list of three steps with their status in words, one primary link", () => {
    const html = render(guideFor(empty));
    expect(html).toMatch(/<h2[^>]*>Get started in three steps<\/h2>/);
    expect(html).toContain("<ol");
    const steps = items(html);
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^Step 1: Model your first investment Next .*baseline.*forecast.* Choose a template$/);
    expect(steps[1]).toMatch(/^Step 2: Approve the plan Later .*freezes the plan/);
    expect(steps[2]).toMatch(/^Step 3: Record your first month Later .*realised ROI/);
    expect(links(html)).toEqual([{ href: "/w/acme/investments/new", name: "Choose a template" }]);
    // The current step is marked for assistive technology too; the icons are decoration.
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html.match(/<span aria-hidden="true" data-icon=/g)).toHaveLength(3);
  });

  it("compact above the dashboard: done in words, and only the current step explained", () => {
    const html = render(guideFor(approved));
    const steps = items(html);
    expect(steps[0]).toBe("Step 1: Model your first investment Done");
    expect(steps[1]).toBe("Step 2: Approve the plan Done");
    expect(steps[2]).toMatch(/^Step 3: Record your first month Next .*realised ROI.* Record a month$/);
    expect(links(html)).toEqual([{ href: "/w/acme/investments/inv-1/actuals", name: "Record a month" }]);
    expect(html).not.toContain("Three steps and you see");
  });

  it("a draft: step 2 links to the investment, where the plan is approved", () => {
    expect(links(render(guideFor(draft)))).toEqual([{ href: "/w/acme/investments/inv-1", name: "Open the plan to approve it" }]);
  });

  it.each([
    [empty, "The owner hasn't set up an investment yet."],
    [draft, "The owner hasn't approved a plan yet."],
    [approved, "No month has been recorded yet."],
  ])("a viewer sees a read-only note and no links (%#)", (facts, note) => {
    const html = render(guideFor(facts, "viewer"));
    expect(text(html)).toContain(note);
    expect(links(html)).toEqual([]);
    expect(items(html)).toHaveLength(3);
  });

  it("in Dutch, every text is translated", () => {
    for (const [facts, role] of [[empty, "owner"], [draft, "editor"], [approved, "viewer"]] as const) {
      const html = render(guideFor(facts, role), "nl");
      expect(html).not.toMatch(/onboarding\./);
      expect(text(html)).toContain("In drie stappen aan de slag");
    }
    const html = render(guideFor(draft), "nl");
    expect(items(html)[0]).toBe("Stap 1: Reken je eerste investering door Klaar");
    expect(items(html)[1]).toMatch(/^Stap 2: Keur het plan goed Nu aan de beurt .* Open het plan om het goed te keuren$/);
  });
});
