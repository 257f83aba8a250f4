// The server-rendered part of /docs/api, in both languages: every problem type has its
// row (where problem documents link) with an explanation, every operation its worked
// example, ids are unique, and no text is missing.
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { API_OPERATIONS } from "@/lib/api/operations";
import { PROBLEM_TYPES, problemTypeUri, type ProblemType } from "@/lib/api/problem";
import { referenceOutline, referenceProblems } from "@/lib/api/reference-outline";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/event-schemas";
import { GettingStarted } from "./getting-started";
import { OperationExamples } from "./operation-examples";
import { ProblemTypes } from "./problem-types";
import { WebhookVerification } from "./webhook-verification";
import { scalarConfiguration } from "./scalar-configuration";

function render(locale: "en" | "nl", element: ReactElement) {
  const missing: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam" onError={(error) => missing.push(error.message)}>
      {element}
    </NextIntlClientProvider>,
  );
  expect(missing).toEqual([]);
  return html;
}

const page = (
  <>
    <GettingStarted rateLimitPerMinute={120} />
    <ProblemTypes problems={referenceProblems()} />
    <WebhookVerification events={WEBHOOK_EVENTS.map(({ type, summary }) => ({ type, summary }))} />
    <OperationExamples groups={referenceOutline(API_OPERATIONS)} />
  </>
);

const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

describe.each(["en", "nl"] as const)("the API reference in %s", (locale) => {
  const html = render(locale, page);

  it("has a row for every problem type, where its type link lands, with an explanation", () => {
    for (const type of Object.keys(PROBLEM_TYPES) as ProblemType[]) {
      const fragment = problemTypeUri(type).split("#")[1];
      const row = html.match(new RegExp(`<tr id="${fragment}"[^>]*>(.*?)</tr>`))?.[1];
      expect(row, type).toBeDefined();
      const messages = (locale === "en" ? en : nl).apiDocs.errors.help as Record<string, string>;
      expect(messages[type], `${locale} explanation of ${type}`).toBeTruthy();
      expect(unescape(row!)).toContain(messages[type]);
    }
  });

  it("shows every operation with its method, path, summary, description and curl example", () => {
    const text = unescape(html);
    for (const operation of API_OPERATIONS) {
      expect(html).toContain(`id="operation-${operation.operationId}"`);
      expect(text).toContain(`/api/v1${operation.path}`);
      expect(text).toContain(operation.summary);
      for (const paragraph of operation.description.split(/\n\s*\n/)) expect(text).toContain(paragraph.trim());
      expect(text).toContain(operation.curl);
    }
  });

  it("states the rate limit and shows the webhook verification example", () => {
    expect(html).toContain("120");
    expect(unescape(html)).toContain('import { Webhook } from "standardwebhooks";');
    for (const event of WEBHOOK_EVENTS) expect(html).toContain(event.type);
  });

  it("uses every id once", () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(API_OPERATIONS.length);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

describe("the interactive reference's configuration", () => {
  it("reads our own document and turns off everything that calls Scalar's services", () => {
    const configuration = scalarConfiguration("/api/v1/openapi.json");
    expect(configuration).toMatchObject({
      url: "/api/v1/openapi.json",
      withDefaultFonts: false,
      telemetry: false,
      hideClientButton: true,
      showDeveloperTools: "never",
      agent: { disabled: true },
      mcp: { disabled: true },
      urlRouting: false,
    });
    expect(configuration.proxyUrl).toBeUndefined();
    expect(JSON.stringify(configuration)).not.toMatch(/https?:/);
  });

  it("darkens Scalar's grey text to AA contrast", () => {
    const css = scalarConfiguration("/api/v1/openapi.json").customCss ?? "";
    expect(css).toContain("--scalar-color-2: #4b5563;");
    expect(css).toContain("--scalar-color-3: #595959;");
  });
});
