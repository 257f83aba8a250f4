import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/i18n/format";
import { deliveryBody } from "./payload";
import { escapeSlack, slackLeakBody } from "./slack";

const data = {
  investment: { id: "inv1", name: "Loyalty <app> & co", currency: "EUR" },
  leak: {
    code: "UNDER_FORECAST",
    subject: "",
    atStakeMonthly: "1234.50",
    previousAtStakeMonthly: "900.00",
    messageEn: "Benefit is 40% under forecast. Review the plan.",
    messageNl: "De baten liggen 40% onder de prognose. Bekijk het plan.",
  },
};

describe("slackLeakBody", () => {
  it("gives Slack text and blocks: the message, the amount in the reader's format, a link to the dashboard", () => {
    const body = slackLeakBody({ type: "leak.worsened", data, locale: "en", dashboardUrl: "https://app.example/w/acme" });
    expect(body.text).toBe("Value leak got worse: Loyalty &lt;app&gt; &amp; co — Benefit is 40% under forecast. Review the plan. €1,234.50 a month at stake (was €900.00)");
    expect(body.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*Value leak got worse: Loyalty &lt;app&gt; &amp; co*\nBenefit is 40% under forecast. Review the plan." } });
    expect(body.blocks[1]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "€1,234.50 a month at stake (was €900.00)" }] });
    expect(body.blocks[2]).toEqual({ type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Open the dashboard" }, url: "https://app.example/w/acme" }] });
  });

  it("speaks Dutch with Dutch amounts, and says nothing of a previous amount for a new leak", () => {
    const body = slackLeakBody({ type: "leak.opened", data: { ...data, leak: { ...data.leak, previousAtStakeMonthly: null } }, locale: "nl", dashboardUrl: "https://x" });
    expect(body.text).toContain("Nieuw waardelek: Loyalty");
    expect(body.text).toContain("De baten liggen 40% onder de prognose.");
    // Intl puts a no-break space after the euro sign in Dutch.
    expect(formatMoney("1234.50", "nl", "EUR")).toMatch(/^€\s1\.234,50$/);
    expect(body.blocks[1]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: `${formatMoney("1234.50", "nl", "EUR")} per maand op het spel` }] });
  });

  it("escapes Slack's control characters", () => {
    expect(escapeSlack("<!channel> & <https://evil|click>")).toBe("&lt;!channel&gt; &amp; &lt;https://evil|click&gt;");
  });
});

describe("deliveryBody", () => {
  const event = { id: "msg_1", type: "leak.opened", data: { ...data, leak: { ...data.leak, previousAtStakeMonthly: null } }, occurredAt: new Date("2026-03-05T09:30:00Z") };

  it("is the Standard Webhooks envelope for a standard endpoint", () => {
    expect(JSON.parse(deliveryBody(event, "standard", { slug: "acme", locale: "nl-NL" }))).toEqual({ type: "leak.opened", timestamp: "2026-03-05T09:30:00.000Z", data: event.data });
  });

  it("is a Slack message in the workspace's language, linking to its dashboard", () => {
    const body = JSON.parse(deliveryBody(event, "slack", { slug: "acme", locale: "nl-NL" }));
    expect(body.text).toMatch(/^Nieuw waardelek/);
    expect(body.blocks[2].elements[0].url).toMatch(/\/w\/acme$/);
  });

  it("refuses to turn other events into Slack messages", () => {
    expect(() => deliveryBody({ ...event, type: "actuals.recorded" }, "slack", { slug: "acme", locale: "en" })).toThrow(/cannot carry actuals.recorded/);
  });
});
