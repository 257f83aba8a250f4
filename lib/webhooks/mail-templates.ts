import type { Mail } from "@/lib/email/send-mail";
import type { UiLocale } from "@/lib/i18n/locales";
import { translateServerMessage } from "@/lib/i18n/server-messages";

/** The one e-mail owners get when an endpoint was turned off because its deliveries kept failing. */
export function endpointDisabledMail(input: {
  to: string[];
  locale: UiLocale;
  workspaceName: string;
  url: string;
  reason: string;
  lastError: string | null;
  pageUrl: string;
}): Mail {
  const reason = translateServerMessage(input.reason, input.locale);
  const lastError = input.lastError ? input.lastError.split("\n")[0].slice(0, 300) : null;
  if (input.locale === "nl") {
    return {
      to: input.to,
      subject: `Webhook uitgezet in ${input.workspaceName}`,
      text:
        `De webhook naar ${input.url} in ${input.workspaceName} is uitgezet: ${reason}.\n` +
        (lastError ? `\nLaatste fout: ${lastError}\n` : "") +
        `\nEr worden geen gebeurtenissen meer naar dit adres gestuurd. Controleer de ontvanger en zet de webhook weer aan op ${input.pageUrl}\n\n` +
        `Deze e-mail gaat naar de eigenaren van ${input.workspaceName}.\n`,
    };
  }
  return {
    to: input.to,
    subject: `Webhook turned off in ${input.workspaceName}`,
    text:
      `The webhook to ${input.url} in ${input.workspaceName} was turned off: ${reason}.\n` +
      (lastError ? `\nLast error: ${lastError}\n` : "") +
      `\nNo more events are sent to this address. Check the receiver, then turn the webhook on again at ${input.pageUrl}\n\n` +
      `This e-mail goes to the owners of ${input.workspaceName}.\n`,
  };
}
