import { formatMoney } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { EventData } from "./event-schemas";

// The body a Slack incoming webhook accepts ({ text, blocks }) for a leak event: the leak's
// sentence in the workspace's language, the money at stake in its number format and a
// button to the dashboard. `text` is the notification's fallback (and what screen readers
// and old clients show); `blocks` is the formatted message.

type SlackText = { type: "mrkdwn" | "plain_text"; text: string };
export type SlackBody = {
  text: string;
  blocks: (
    | { type: "section"; text: SlackText }
    | { type: "context"; elements: SlackText[] }
    | { type: "actions"; elements: { type: "button"; text: SlackText; url: string }[] }
  )[];
};

const WORDS = {
  en: {
    opened: "New value leak",
    worsened: "Value leak got worse",
    atStake: (amount: string) => `${amount} a month at stake`,
    was: (amount: string) => `was ${amount}`,
    open: "Open the dashboard",
    test: "Test message from Realised: this Slack webhook works.",
  },
  nl: {
    opened: "Nieuw waardelek",
    worsened: "Waardelek verergerd",
    atStake: (amount: string) => `${amount} per maand op het spel`,
    was: (amount: string) => `was ${amount}`,
    open: "Open het dashboard",
    test: "Testbericht van Realised: deze Slack-webhook werkt.",
  },
} as const;

/** Slack's mrkdwn gives &, < and > a meaning; text from users is escaped so it shows as typed. */
export const escapeSlack = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackLeakBody(input: {
  type: "leak.opened" | "leak.worsened";
  data: EventData<"leak.opened"> | EventData<"leak.worsened">;
  locale: UiLocale;
  dashboardUrl: string;
}): SlackBody {
  const words = WORDS[input.locale];
  const { investment, leak } = input.data;
  const money = (value: string) => formatMoney(value, input.locale, investment.currency);
  const title = input.type === "leak.opened" ? words.opened : words.worsened;
  const message = input.locale === "nl" ? leak.messageNl : leak.messageEn;
  const atStake = words.atStake(money(leak.atStakeMonthly)) + (leak.previousAtStakeMonthly ? ` (${words.was(money(leak.previousAtStakeMonthly))})` : "");
  return {
    text: `${title}: ${escapeSlack(investment.name)} — ${escapeSlack(message)} ${atStake}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${title}: ${escapeSlack(investment.name)}*\n${escapeSlack(message)}` } },
      { type: "context", elements: [{ type: "mrkdwn", text: atStake }] },
      { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: words.open }, url: input.dashboardUrl }] },
    ],
  };
}

/** A Slack endpoint's test delivery: a plain message that proves the channel receives ours. */
export function slackTestBody(input: { locale: UiLocale; dashboardUrl: string }): SlackBody {
  const words = WORDS[input.locale];
  return {
    text: words.test,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: words.test } },
      { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: words.open }, url: input.dashboardUrl }] },
    ],
  };
}
