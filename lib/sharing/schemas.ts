import { z } from "zod";
import { dayField } from "@/lib/shared/calendar-range";

export const MAX_SHARE_DAYS = 366;

export const createShareLinkInput = z.object({
  /** Empty: the whole workspace dashboard. */
  investmentId: z.string().max(64).default(""),
  label: z.string().trim().max(120, "Label must be at most 120 characters").default(""),
  expiresOn: dayField("Choose an expiry date"),
  percentOnly: z.union([z.boolean(), z.enum(["on", "true", "false", ""])]).default(false).transform((v) => v === true || v === "on" || v === "true"),
});
export type CreateShareLinkInput = z.infer<typeof createShareLinkInput>;

export const shareLinkRef = z.object({ shareLinkId: z.string().min(1).max(64) });
