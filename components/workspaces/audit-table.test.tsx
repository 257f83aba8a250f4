// Server-side renders of the audit log: sentences instead of codes, cards and a scroll region, in both languages.
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { AUDIT_AREAS, NO_AUDIT_NAMES, type AuditNames } from "@/lib/audit/describe-entry";
import { AuditFilter, AuditTable } from "./audit-table";

const locale = vi.hoisted(() => ({ current: "en" as "en" | "nl" }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: locale.current, messages: (locale.current === "en" ? en : nl) as AbstractIntlMessages, namespace: namespace as never }),
}));

const names: AuditNames = { ...NO_AUDIT_NAMES, investments: { inv1: "CRM system" } };
const entries = [
  {
    id: "e1",
    action: "actuals.save",
    entityType: "ActualMonth",
    entityId: "a1",
    before: null,
    after: { month: "2026-03", cost: "100.00", investmentId: "inv1" },
    createdAt: new Date("2026-04-01T09:30:00Z"),
    actor: { name: "Eddie Editor", email: "eddie@example.test" },
    apiTokenName: "ERP sync",
  },
  {
    id: "e2",
    action: "workspace.logo.convert",
    entityType: "Workspace",
    entityId: "w1",
    before: { contentType: "image/svg+xml" },
    after: { contentType: "image/png" },
    createdAt: new Date("2026-04-01T10:00:00Z"),
    actor: null,
  },
];

/** The component is called after the language is set: it asks for its translations when called. */
async function render(element: () => Promise<ReactElement>, lang: "en" | "nl" = "en") {
  locale.current = lang;
  return renderToStaticMarkup(await element()).replace(/\u00a0|\u202f/g, " ");
}
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/\s+/g, " ");

describe("AuditTable", () => {
  it("says what happened in words, who did it (or that Realised did), and keeps code and JSON for experts", async () => {
    const html = await render(() => AuditTable({ entries, names, locale: "en" }));
    expect(text(html)).toContain("Recorded actuals for March 2026 of “CRM system”");
    expect(text(html)).toContain("via API token “ERP sync”");
    expect(text(html)).toContain("Converted the SVG logo of the reports to PNG");
    expect(text(html)).toContain("Realised (automatically)");
    expect(text(html)).toContain("Code: actuals.save");
    expect(text(html)).toContain('"month": "2026-03"');
    expect(text(html)).toContain("2 changes shown, newest first");
    // No raw code outside the disclosure: the "What" column is a sentence.
    expect(html).not.toMatch(/<td[^>]*font-mono[^>]*>actuals\.save/);
  });

  it("is cards below 640 px and a focusable, labelled scroll region above, which cannot widen the page", async () => {
    const html = await render(() => AuditTable({ entries, names, locale: "en" }));
    expect(html).toMatch(/<ul class="[^"]*sm:hidden[^"]*" aria-label="Audit log">/);
    const region = /<div role="region" aria-label="Audit log \(scrolls sideways\)" tabindex="0" data-scroll-region="" class="([^"]*)">/.exec(html);
    expect(region?.[1].split(" ")).toEqual(expect.arrayContaining(["relative", "overflow-x-auto", "hidden", "sm:block"]));
    expect(html).toContain('<caption class="sr-only">Audit log</caption>');
  });

  it("speaks Dutch", async () => {
    const html = text(await render(() => AuditTable({ entries, names, locale: "nl" }), "nl"));
    expect(html).toContain("Werkelijke cijfers van maart 2026 vastgelegd voor “CRM system”");
    expect(html).toContain("Realised (automatisch)");
    expect(html).toContain("1 apr 2026");
  });

  it("says so when nothing was changed, or nothing of the chosen kind", async () => {
    expect(text(await render(() => AuditTable({ entries: [], names, locale: "en" })))).toContain("Nothing has been changed yet.");
    expect(text(await render(() => AuditTable({ entries: [], names, locale: "nl", filtered: true }), "nl"))).toContain("Nog geen wijzigingen van deze soort.");
  });
});

describe("AuditFilter", () => {
  it("is a labelled select of every area, the chosen one selected, sent as a GET form", async () => {
    const html = await render(() => AuditFilter({ areas: AUDIT_AREAS, selected: "kpis" }));
    expect(html).toMatch(/<form [^>]*method="get"/);
    expect(html).toContain('<label for="audit-area"');
    expect(html).toMatch(/<select id="audit-area" name="area"/);
    expect(html.match(/<option /g)).toHaveLength(AUDIT_AREAS.length + 1);
    expect(html).toMatch(/<option value="kpis" selected="">KPIs<\/option>/);
    expect(text(await render(() => AuditFilter({ areas: AUDIT_AREAS, selected: null }), "nl"))).toContain("Alle wijzigingen");
  });
});
