import { z } from "zod";
import { ISO_CURRENCY_MESSAGE, isIsoCurrency } from "@/lib/shared/currencies";

export const LOCALES = ["nl-NL", "en"] as const;
export const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "DKK", "SEK", "NOK", "PLN"] as const;
/** A workspace reports in any active ISO 4217 currency; CURRENCIES are the common ones, listed first where one is chosen. */
export const workspaceCurrency = z.string().trim().toUpperCase().refine(isIsoCurrency, ISO_CURRENCY_MESSAGE);
const RESERVED_SLUGS = new Set(["new", "api", "admin", "settings", "share", "w", "workspaces"]);

export const workspaceName = z.string().trim().min(1, "Name is required").max(80, "Name must be at most 80 characters");
export const workspaceSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Slug must be at least 3 characters")
  .max(48, "Slug must be at most 48 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Slug may contain lowercase letters, digits and single hyphens")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "This slug is reserved");

export const workspaceInput = z.object({
  name: workspaceName,
  slug: workspaceSlug,
  currency: workspaceCurrency.default("EUR"),
  locale: z.enum(LOCALES, { message: "Choose Dutch or English" }).default("nl-NL"),
});
export type WorkspaceInput = z.infer<typeof workspaceInput>;

export const workspaceSettingsInput = z.object({
  name: workspaceName,
  currency: workspaceCurrency,
  locale: z.enum(LOCALES, { message: "Choose Dutch or English" }),
});

export const deleteWorkspaceInput = z.object({ confirmSlug: z.string().trim() });

/** Suggests a slug from a name: "Bakkerij De Vries B.V." → "bakkerij-de-vries-b-v". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 48)
    // Trimmed after cutting, so a cut right after a hyphen leaves no trailing one.
    .replace(/^-+|-+$/g, "");
}
