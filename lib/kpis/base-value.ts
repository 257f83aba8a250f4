import { z } from "zod";

/**
 * The KPI value a write was based on, exactly as the page showed it ("2.1"); empty or
 * absent when the month had no measurement. The write happens only if it still holds.
 */
export const baseValue = z.preprocess(
  (value) => value ?? "",
  z
    .string()
    .trim()
    .max(64, "Reload the page and try again")
    .regex(/^(-?\d+(\.\d+)?)?$/, "Reload the page and try again")
    .transform((text) => (text === "" ? null : text)),
);
