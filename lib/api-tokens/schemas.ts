import { z } from "zod";
import { checkDayText, YEAR_RANGE_MESSAGE } from "@/lib/shared/calendar-range";

export const API_TOKEN_SCOPES = ["read", "write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const EXPIRY_FORMAT_MESSAGE = "Enter the expiry as a date like 2026-12-31";

/**
 * An optional expiry day "YYYY-MM-DD": empty or absent means the token never expires.
 * Whether it lies after today is checked by the mutation, which knows "now".
 */
const expiresOn = z
  .string()
  .trim()
  .nullish()
  .superRefine((text, ctx) => {
    if (!text) return;
    const check = checkDayText(text);
    if (check !== "ok") ctx.addIssue({ code: "custom", message: check === "format" ? EXPIRY_FORMAT_MESSAGE : YEAR_RANGE_MESSAGE });
  })
  .transform((text) => (text ? text : null));

export const createApiTokenInput = z.object({
  name: z
    .string({ error: "Name is required" })
    .trim()
    .min(1, "Name is required")
    .max(80, "Name must be at most 80 characters"),
  scope: z.enum(API_TOKEN_SCOPES, { error: "Choose read or write" }),
  expiresOn,
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;
export type ParsedCreateApiTokenInput = z.output<typeof createApiTokenInput>;

export const apiTokenRef = z.object({ tokenId: z.string().min(1).max(64) });
