import Decimal from "decimal.js";
import { z } from "zod";
import { parseDecimalInput } from "@/lib/shared/decimal-input";

// The workspace's default annual discount rate, as the owner types it: empty = none (the
// engine's 8% applies), else 0–100 with at most 2 decimals (the column is Decimal(5,2)), in
// either notation ("7,5" or "7.5"). Read exactly: never through a float.

export const DISCOUNT_RATE_MESSAGES = {
  format: "Enter a percentage such as 8 or 7.5",
  range: "Enter a rate from 0 to 100",
  decimals: "Use at most 2 decimals",
} as const;

/** The rate as an exact decimal string ("7.5"), null for empty; a message when it cannot be stored. */
export function readDiscountRate(raw: unknown): { ok: true; value: string | null } | { ok: false; message: string } {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw !== "string" && typeof raw !== "number") return { ok: false, message: DISCOUNT_RATE_MESSAGES.format };
  const text = String(raw).trim().replace(/\s*%$/, "");
  if (text === "") return { ok: true, value: null };
  const parsed = parseDecimalInput(text, "either");
  if (!parsed.ok) return { ok: false, message: DISCOUNT_RATE_MESSAGES.format };
  const rate = new Decimal(parsed.value);
  if (rate.lt(0) || rate.gt(100)) return { ok: false, message: DISCOUNT_RATE_MESSAGES.range };
  if (rate.decimalPlaces() > 2) return { ok: false, message: DISCOUNT_RATE_MESSAGES.decimals };
  return { ok: true, value: rate.toFixed() };
}

export const discountRateInput = z.object({
  discountRatePct: z
    .unknown()
    .transform((raw, ctx) => {
      const reading = readDiscountRate(raw);
      if (reading.ok) return reading.value;
      ctx.addIssue({ code: "custom", message: reading.message });
      return z.NEVER;
    }),
});
export type DiscountRateInput = z.infer<typeof discountRateInput>;
