import { z } from "zod";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { SCENARIO_NAMES } from "@/lib/roi";

/** How a report left: downloaded or made on the reports page, mailed, through a share link, or through the API. */
export const REPORT_CHANNELS = ["download", "email", "share", "api"] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

export const MAX_RECIPIENTS = 50;
export const reportRecipients = z
  .array(z.string().trim().toLowerCase().email("Enter a valid e-mail address").max(254))
  .max(MAX_RECIPIENTS, `At most ${MAX_RECIPIENTS} recipients`);

/** The report form: the period is parsed by lib/pdf/report-period (it knows "today"). */
export const generateReportInput = z.object({
  period: z.string().trim().min(1, "Enter a period such as 2026-01..2026-10").max(40),
  locale: z.enum(UI_LOCALES, "Choose nl or en"),
  scenario: z.enum(SCENARIO_NAMES, "Choose a scenario").default("expected"),
  /** Empty: the workspace report; otherwise that investment's one-pager. */
  investmentId: z.string().max(64).default(""),
});
export type GenerateReportInput = z.infer<typeof generateReportInput>;

// 512 KB as base64 plus the "data:…;base64," prefix; anything longer is refused before decoding.
export const MAX_LOGO_BYTES_UPLOAD = 512 * 1024;
export const uploadLogoInput = z.object({
  dataUrl: z
    .string()
    .min(1, "Choose a logo file")
    .max(Math.ceil((MAX_LOGO_BYTES_UPLOAD * 4) / 3) + 200, "The logo must be at most 512 KB"),
});
