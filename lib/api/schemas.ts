import { z } from "zod";
import { PROBLEM_TYPES } from "./problem";

// Building blocks shared by the operations' schemas. Money is an exact decimal string,
// never a JSON number; months are "YYYY-MM".

export const MONEY_PATTERN = /^-?\d{1,15}(\.\d{1,2})?$/;
export const money = z
  .string()
  .regex(MONEY_PATTERN, 'must be an amount like "1234.56" (a decimal string, at most 2 decimals)')
  .meta({ description: "An exact amount as a decimal string, in the investment's currency", example: "1234.56" });

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const month = z
  .string()
  .regex(MONTH_PATTERN, "must be a month like 2026-01 (YYYY-MM)")
  .meta({ description: "A calendar month, YYYY-MM", example: "2026-03" });

export const slugParams = z.strictObject({
  slug: z.string().min(1).max(64).meta({ description: "The workspace's slug, as in its address /w/{slug}", example: "acme-retail" }),
});

export const investmentParams = slugParams.extend({
  id: z.string().min(1).max(64).meta({ description: "The investment's id", example: "cm9x2k1ab0001qz8h3d4e5f6g" }),
});

export const problemDocument = z
  .object({
    type: z.string().meta({ description: "A link to the explanation of this kind of problem", example: "/docs/api#problem-invalid-input" }),
    title: z.enum(Object.values(PROBLEM_TYPES).map((p) => p.title) as [string, ...string[]]),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(z.object({ path: z.string().meta({ example: "costs.1.month" }), message: z.string() }))
      .optional()
      .meta({ description: "Each wrong field by its dotted path" }),
  })
  .catchall(z.unknown())
  .meta({ id: "Problem", description: "An RFC 9457 problem document (application/problem+json)" });

/** Cursor pagination: `next` is the cursor of the following page, null on the last one. */
export const pageInfo = z.object({ next: z.string().nullable() }).meta({ id: "PageInfo" });
