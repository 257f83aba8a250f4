import type { Mail, MailAttachment } from "@/lib/email/send-mail";
import { periodToDate } from "@/lib/investments/months";

const isDutch = (locale: string | null | undefined) => (locale ?? "").startsWith("nl");

/** "september 2026" / "September 2026". */
export function monthName(period: string, locale: string) {
  return new Intl.DateTimeFormat(isDutch(locale) ? "nl-NL" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(periodToDate(period));
}

export function monthlyReportMail(input: {
  to: string[];
  workspaceName: string;
  period: string;
  locale: string;
  pdf: Buffer;
}): Mail {
  const month = monthName(input.period, input.locale);
  const attachment: MailAttachment = {
    filename: `${input.workspaceName.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").toLowerCase() || "report"}-${input.period}.pdf`,
    content: input.pdf,
    contentType: "application/pdf",
  };
  if (isDutch(input.locale)) {
    return {
      to: input.to,
      subject: `Maandrapport ${input.workspaceName} — ${month}`,
      text: `Hierbij het maandrapport van ${input.workspaceName} over ${month} (PDF in de bijlage).\n\nDeze e-mail is automatisch verstuurd door Realised.\n`,
      attachments: [attachment],
    };
  }
  return {
    to: input.to,
    subject: `Monthly report ${input.workspaceName} — ${month}`,
    text: `Attached is the monthly report of ${input.workspaceName} for ${month} (PDF).\n\nThis e-mail was sent automatically by Realised.\n`,
    attachments: [attachment],
  };
}

export function missingActualsMail(input: {
  to: string[];
  workspaceName: string;
  period: string;
  locale: string;
  investments: { name: string; href: string }[];
}): Mail {
  const month = monthName(input.period, input.locale);
  const list = input.investments.map((i) => `- ${i.name}: ${i.href}`).join("\n");
  if (isDutch(input.locale)) {
    return {
      to: input.to,
      subject: `Actuals ontbreken voor ${month} — ${input.workspaceName}`,
      text: `Voor ${month} zijn in ${input.workspaceName} nog geen actuals ingevuld voor:\n\n${list}\n\nVul ze in zodat het maandrapport klopt.\n`,
    };
  }
  return {
    to: input.to,
    subject: `Actuals missing for ${month} — ${input.workspaceName}`,
    text: `In ${input.workspaceName}, these investments have no actuals for ${month} yet:\n\n${list}\n\nPlease record them so the monthly report is complete.\n`,
  };
}
