// Server-side renders of an endpoint card and the add form, in both languages.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { EVENT_TYPES, SLACK_EVENT_TYPES } from "@/lib/webhooks/event-schemas";
import { DISABLED_REASONS } from "@/lib/webhooks/endpoint-health";
import { WebhookEndpointCard, type EndpointView } from "./webhook-endpoint-card";
import { WebhookEndpointForm } from "./webhook-endpoint-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));
vi.mock("@/lib/webhooks/actions", () => ({
  createWebhookEndpointAction: vi.fn(),
  deleteWebhookEndpointAction: vi.fn(),
  revealWebhookSecretAction: vi.fn(),
  rotateWebhookSecretAction: vi.fn(),
  sendWebhookTestEventAction: vi.fn(),
  setWebhookEndpointEnabledAction: vi.fn(),
}));

const render = (node: ReactNode, locale: "en" | "nl" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {node}
    </NextIntlClientProvider>,
  );
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ");
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

const endpoint = (overrides: Partial<EndpointView>): EndpointView => ({
  id: "e1",
  url: "https://hooks.example.test/realised",
  description: "ERP sync",
  events: ["leak.opened", "actuals.recorded"],
  format: "standard",
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  rotatingUntil: null,
  deliveries: [],
  ...overrides,
});

const delivery = {
  id: "d1",
  status: "pending",
  attemptCount: 2,
  lastStatusCode: 503,
  lastError: "HTTP 503: maintenance",
  nextAttemptAt: new Date("2026-03-05T10:12:00Z"),
  createdAt: new Date("2026-03-05T09:30:00Z"),
  event: { id: "msg_abc", type: "leak.opened" },
};

describe("WebhookEndpointCard", () => {
  it("shows where it points, what it receives, its state and its last delivery", () => {
    const html = text(render(<WebhookEndpointCard slug="acme" endpoint={endpoint({ deliveries: [delivery] })} />));
    expect(html).toContain("https://hooks.example.test/realised");
    expect(html).toContain("ERP sync");
    expect(html).toContain("leak.opened");
    expect(html).toContain("actuals.recorded");
    expect(html).toContain("Standard Webhooks (JSON)");
    expect(html).toContain("On");
    expect(html).toContain("pending");
    expect(html).toContain("Delivery log (1 delivery)");
    expect(html).toContain("2 attempts");
    expect(html).toContain("HTTP 503");
    expect(html).toContain("webhook-id msg_abc");
    expect(html).toContain("Send test event");
  });

  it("explains in Dutch why an endpoint was turned off, with dates in the reader's format", () => {
    const off = endpoint({ enabled: false, disabledAt: new Date("2026-03-05T09:30:00Z"), disabledReason: DISABLED_REASONS.failures, deliveries: [delivery] });
    const html = text(render(<WebhookEndpointCard slug="acme" endpoint={off} />, "nl"));
    expect(html).toContain("Uit sinds 5 mrt 2026");
    expect(html).toContain("Uitgezet na 15 mislukte leverpogingen op rij");
    expect(html).toContain("in afwachting");
    expect(html).toContain("Aanzetten");
    expect(html).not.toContain("Testgebeurtenis sturen");
  });

  it("gives two cards on one page distinct ids", () => {
    const html = render(
      <>
        <WebhookEndpointCard slug="acme" endpoint={endpoint({ id: "a", deliveries: [delivery] })} />
        <WebhookEndpointCard slug="acme" endpoint={endpoint({ id: "b", deliveries: [{ ...delivery, id: "d2" }] })} />
      </>,
    );
    const ids = idsOf(html);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("WebhookEndpointForm", () => {
  it("labels every field and offers every event type with its code, leak events checked", () => {
    const html = render(<WebhookEndpointForm slug="acme" eventTypes={EVENT_TYPES} slackEventTypes={SLACK_EVENT_TYPES} />);
    const fields = ["webhook-url", "webhook-description", "webhook-format", ...EVENT_TYPES.map((type) => `webhook-event-${type}`)];
    for (const id of fields) {
      expect(html).toMatch(new RegExp(`<(input|select) id="${id}"`));
      expect(html).toContain(`for="${id}"`);
    }
    expect(new Set(idsOf(html)).size).toBe(idsOf(html).length);
    for (const type of EVENT_TYPES) expect(html).toContain(`value="${type}"`);
    expect(html).toMatch(/id="webhook-event-leak.opened"[^>]*checked/);
    expect(html).not.toMatch(/id="webhook-event-actuals.recorded"[^>]*checked/);
    expect(text(render(<WebhookEndpointForm slug="acme" eventTypes={EVENT_TYPES} slackEventTypes={SLACK_EVENT_TYPES} />, "nl"))).toContain("Endpoint toevoegen");
  });
});

describe("webhooks messages", () => {
  const keysOf = (value: unknown, prefix = ""): string[] =>
    typeof value === "object" && value !== null ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key)) : [prefix];

  it("has the same keys in English and Dutch, and a label for every event type", () => {
    expect(keysOf(nl.webhooks).sort()).toEqual(keysOf(en.webhooks).sort());
    const labels = Object.keys(en.webhooks.eventTypes);
    expect(labels.sort()).toEqual([...EVENT_TYPES, "webhook.test"].map((type) => type.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())).sort());
  });
});
