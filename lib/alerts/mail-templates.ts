// The leak e-mails in the reader's language: the leak's own sentence in that language (the
// event carries both), amounts in the reader's number format, links back into the app.
import type { Mail } from "@/lib/email/send-mail";
import { appUrl } from "@/lib/email/send-mail";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, toUiLocale, type UiLocale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { LeakEvent } from "./leak-event";

/** The member's own language, else the workspace's. */
export function readerLocale(userLocale: string | null | undefined, workspaceLocale: string | null | undefined): UiLocale {
  return toUiLocale(userLocale) ?? toUiLocale(workspaceLocale) ?? DEFAULT_LOCALE;
}

// The leak names the app shows ("Cost overrun"), so the e-mail uses the same words.
const LEAK_TITLES: Record<UiLocale, Record<string, string>> = { en: en.leaks.codes, nl: nl.leaks.codes };

type Workspace = { name: string; slug: string };

const links = (workspace: Workspace) => {
  const base = `${appUrl()}/w/${encodeURIComponent(workspace.slug)}`;
  return { dashboard: base, notifications: `${base}/notifications`, investment: (id: string) => `${base}/investments/${encodeURIComponent(id)}` };
};

function leakTitle(event: LeakEvent, locale: UiLocale): string {
  const { code, subject } = event.data.leak;
  const title = LEAK_TITLES[locale][code] ?? code;
  return subject ? `${title} (${subject})` : title;
}

/** "€ 1.234,56 per maand op het spel (was € 900,00)" / "€1,234.56 a month at stake (was €900.00)". */
function atStake(event: LeakEvent, locale: UiLocale): string {
  const { atStakeMonthly, previousAtStakeMonthly } = event.data.leak;
  const money = (value: string) => formatMoney(value, locale, event.data.investment.currency);
  const was = previousAtStakeMonthly === null ? "" : ` (was ${money(previousAtStakeMonthly)})`;
  return locale === "nl" ? `${money(atStakeMonthly)} per maand op het spel${was}` : `${money(atStakeMonthly)} a month at stake${was}`;
}

const message = (event: LeakEvent, locale: UiLocale) => (locale === "nl" ? event.data.leak.messageNl : event.data.leak.messageEn);

/** One leak that just opened or got worse, for a member who chose immediate e-mails. */
export function leakAlertMail(input: { to: string; locale: UiLocale; workspace: Workspace; event: LeakEvent }): Mail {
  const { event, locale, workspace } = input;
  const url = links(workspace);
  const investment = event.data.investment.name;
  const worsened = event.type === "leak.worsened";
  const body = [leakTitle(event, locale), message(event, locale), atStake(event, locale)].join("\n");
  if (locale === "nl") {
    return {
      to: input.to,
      subject: `${worsened ? "Waardelek verergerd" : "Nieuw waardelek"} bij ${investment}: ${leakTitle(event, locale)}`,
      text:
        `${worsened ? "Een waardelek is erger geworden" : "Er is een nieuw waardelek gevonden"} bij ${investment} in ${workspace.name}.\n\n${body}\n\n` +
        `Dashboard: ${url.dashboard}\nInvestering: ${url.investment(event.data.investment.id)}\n\n` +
        `Je krijgt deze e-mail omdat je voor ${workspace.name} directe meldingen van waardelekken hebt gekozen. Wijzigen: ${url.notifications}\n`,
    };
  }
  return {
    to: input.to,
    subject: `${worsened ? "Value leak worse" : "New value leak"} in ${investment}: ${leakTitle(event, locale)}`,
    text:
      `${worsened ? "A value leak got worse" : "A new value leak was found"} in ${investment} in ${workspace.name}.\n\n${body}\n\n` +
      `Dashboard: ${url.dashboard}\nInvestment: ${url.investment(event.data.investment.id)}\n\n` +
      `You get this e-mail because you chose immediate value-leak alerts for ${workspace.name}. Change this: ${url.notifications}\n`,
  };
}

// A digest stays readable; the dashboard has the rest.
export const DIGEST_MAX_ITEMS = 50;

/** The week's new and worsened leaks in one e-mail, oldest first. */
export function weeklyLeakDigestMail(input: { to: string; locale: UiLocale; workspace: Workspace; since: Date; events: LeakEvent[] }): Mail {
  const { locale, workspace, events } = input;
  const url = links(workspace);
  const dutch = locale === "nl";
  const items = events.slice(0, DIGEST_MAX_ITEMS).map((event) => {
    const what = event.type === "leak.worsened" ? (dutch ? "erger geworden" : "got worse") : dutch ? "nieuw" : "new";
    return (
      `- ${formatDate(event.occurredAt, locale)} · ${event.data.investment.name}: ${leakTitle(event, locale)} — ${what}\n` +
      `  ${message(event, locale)}\n  ${atStake(event, locale)}`
    );
  });
  const more = events.length - items.length;
  if (more > 0) items.push(dutch ? `… en nog ${more} op het dashboard.` : `… and ${more} more on the dashboard.`);
  const since = formatDate(input.since, locale);
  if (dutch) {
    return {
      to: input.to,
      subject: `Weekoverzicht waardelekken ${workspace.name}: ${events.length} ${events.length === 1 ? "melding" : "meldingen"}`,
      text:
        `Nieuwe en verergerde waardelekken in ${workspace.name} sinds ${since}:\n\n${items.join("\n\n")}\n\n` +
        `Dashboard: ${url.dashboard}\n\n` +
        `Je krijgt dit overzicht omdat je voor ${workspace.name} een wekelijks overzicht hebt gekozen. Wijzigen: ${url.notifications}\n`,
    };
  }
  return {
    to: input.to,
    subject: `Weekly value-leak digest ${workspace.name}: ${events.length} ${events.length === 1 ? "alert" : "alerts"}`,
    text:
      `New and worsened value leaks in ${workspace.name} since ${since}:\n\n${items.join("\n\n")}\n\n` +
      `Dashboard: ${url.dashboard}\n\n` +
      `You get this digest because you chose a weekly value-leak digest for ${workspace.name}. Change this: ${url.notifications}\n`,
  };
}
