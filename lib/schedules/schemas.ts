import { z } from "zod";
import { wholeNumber } from "@/lib/shared/whole-number";

export const MAX_RECIPIENTS = 20;

const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", ""])])
  .default(false)
  .transform((v) => v === true || v === "on" || v === "true");

const email = z.email();

/**
 * Recipients as typed in the form (one per line, or separated by commas or semicolons) or
 * as a list. Each address is checked on its own so the message names the wrong one.
 */
const recipientList = z.union([z.string().max(5000), z.array(z.string().max(320)).max(100)]).transform((value, ctx) => {
  const parts = (Array.isArray(value) ? value : value.split(/[\s,;]+/)).map((p) => p.trim()).filter(Boolean);
  const unique = [...new Set(parts.map((p) => p.toLowerCase()))];
  for (const address of unique) {
    if (!email.safeParse(address).success) ctx.addIssue({ code: "custom", message: `"${address}" is not a valid e-mail address` });
  }
  if (unique.length > MAX_RECIPIENTS) ctx.addIssue({ code: "custom", message: `At most ${MAX_RECIPIENTS} recipients` });
  return unique;
});

export const scheduleInput = z
  .object({
    enabled: checkbox,
    dayOfMonth: wholeNumber(
      z
        .number({ error: "Choose a day between 1 and 28" })
        .int("Choose a day between 1 and 28")
        .min(1, "Choose a day between 1 and 28")
        .max(28, "Choose a day between 1 and 28"),
    ),
    recipients: recipientList,
    locale: z.enum(["nl", "en"], { error: "Choose nl or en" }),
    holdForReview: checkbox,
  })
  .superRefine((input, ctx) => {
    if (input.enabled && input.recipients.length === 0) {
      ctx.addIssue({ code: "custom", path: ["recipients"], message: "Add at least one recipient, or turn the schedule off" });
    }
  });
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const deliveryRef = z.object({ deliveryId: z.string().min(1).max(64) });
