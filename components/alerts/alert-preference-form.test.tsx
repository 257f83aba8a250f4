import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { AlertPreferenceForm } from "./alert-preference-form";

// The form only renders here; the action's own tests are lib/alerts/*.integration.test.ts.
vi.mock("@/lib/alerts/actions", () => ({ setAlertPreferenceAction: async () => ({ ok: true, data: { mode: "off" } }) }));

function render(locale: "en" | "nl", mode: "off" | "immediate" | "weekly") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      <AlertPreferenceForm slug="acme" workspaceName="Acme" email="ann@example.test" mode={mode} />
    </NextIntlClientProvider>,
  );
}

const keysOf = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe("leak e-mail preference form", () => {
  it("offers three labelled, explained choices with the current one checked", () => {
    const html = render("en", "weekly");
    for (const mode of ["off", "immediate", "weekly"]) {
      expect(html).toContain(`<label for="alert-mode-${mode}"`);
      expect(html).toContain(`id="alert-mode-${mode}-hint"`);
      expect(html).toContain(`aria-describedby="alert-mode-${mode}-hint"`);
    }
    expect(html.match(/type="radio"/g)).toHaveLength(3);
    expect(html).toMatch(/id="alert-mode-weekly"[^>]*checked=""/);
    expect(html).not.toMatch(/id="alert-mode-off"[^>]*checked=""/);
    expect(html).toContain("Weekly digest on Mondays");
    expect(html).toContain("<legend");
    // The confirmation region exists before the first save, so it is announced.
    expect(html).toMatch(/role="status" aria-live="polite"/);
  });

  it("speaks Dutch, with the same keys in both languages", () => {
    const html = render("nl", "off");
    expect(html).toContain("Wekelijks overzicht op maandag");
    expect(html).toContain("Direct");
    expect(html).toMatch(/id="alert-mode-off"[^>]*checked=""/);
    expect(keysOf(nl.alerts).sort()).toEqual(keysOf(en.alerts).sort());
  });
});
