import { z } from "zod";
import { MONEY_PATTERN, money, month } from "@/lib/api/schemas";
import { duplicateMonthMessage, duplicateMonths, type MonthValues } from "./month-batch";
import { driverLabel, evenAfterOtherIssues, noteText, readActuals, type ActualsIssue } from "./schemas";
import type { ExpectedRevision } from "./write-precondition";

// A month's actuals as the API takes them: decimal strings in "." notation, checked by the
// very rules the grid applies (lib/actuals/schemas.ts readActuals), read as English
// notation, which a plain decimal string is.

export const MAX_BATCH_MONTHS = 1000;

const valueFields = {
  cost: money.meta({ description: "What the month cost (≥ 0)", example: "500.00" }),
  benefit: money.optional().meta({
    description: "What the month brought in (≥ 0). May be left out when benefitByDriver is given: it is then their sum; when both are given they must agree.",
    example: "2300.00",
  }),
  benefitByDriver: z
    .record(driverLabel, money)
    .optional()
    .meta({ description: "The benefit per driver label (at most 50 drivers)", example: { "Saved agency fee": "2000.00", Upsell: "300.00" } }),
  note: noteText.optional().meta({ description: "A note on the month (at most 2000 characters)", example: "Kick-off month" }),
};

type ValueFields = { cost?: unknown; benefit?: unknown; benefitByDriver?: unknown; note?: unknown };

const isMoneyText = (raw: unknown) => typeof raw === "string" && MONEY_PATTERN.test(raw);
/** An amount the API's pattern refused is left out of the rules (as an empty amount) so they do not read it some other way ("1,234.5"). */
const moneyText = (raw: unknown) => (isMoneyText(raw) ? raw : "");

/** The month as the rules read it: English notation, refused amounts as empty ones. */
function textOf(input: ValueFields) {
  const drivers = typeof input.benefitByDriver === "object" && input.benefitByDriver !== null ? Object.entries(input.benefitByDriver) : undefined;
  return {
    locale: "en",
    cost: moneyText(input.cost),
    benefit: moneyText(input.benefit),
    benefitByDriver: drivers && Object.fromEntries(drivers.map(([label, raw]) => [label, moneyText(raw)])),
    note: input.note ?? "",
  };
}

/** A refused amount was already named by its pattern; the rules' own message about it would only repeat that. */
function alreadyRefused(input: ValueFields, issue: ActualsIssue): boolean {
  const [field, label] = issue.path;
  const raw =
    field === "benefitByDriver" && label !== undefined
      ? (input.benefitByDriver as Record<string, unknown> | undefined)?.[String(label)]
      : issue.path.length === 1 && (field === "cost" || field === "benefit")
        ? input[field]
        : undefined;
  return raw !== undefined && !isMoneyText(raw);
}

function checkValues(input: ValueFields, ctx: z.RefinementCtx) {
  for (const issue of readActuals(textOf(input)).issues) {
    if (!alreadyRefused(input, issue)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
}

function valuesOf(input: ValueFields): MonthValues {
  const { kpiValues: _kpis, ...values } = readActuals(textOf(input)).values;
  return values;
}

/** The body of PUT …/actuals/{month}. */
export const actualsMonthBody = z
  .strictObject(valueFields)
  .superRefine(checkValues, evenAfterOtherIssues)
  .transform(valuesOf)
  .meta({ id: "ActualsMonthInput", description: "One month's actuals" });

const revisionField = z
  .union([z.number().int().min(1), z.literal("*")], { message: 'must be the revision you read (a whole number from 1) or "*"' })
  .optional()
  .meta({
    description:
      'The revision this month was read at (its ETag without quotes), or "*" to replace whatever is recorded. Left out: the month must have no actuals yet, or exactly these values.',
    example: 3,
  });

const batchMonth = z
  .strictObject({ month, ...valueFields, revision: revisionField })
  .superRefine(checkValues, evenAfterOtherIssues)
  .transform((input) => ({ month: input.month, expected: expectedOf(input.revision), ...valuesOf(input) }))
  .meta({ id: "ActualsBatchMonth" });

/** A batch item's revision as the writer's precondition. */
const expectedOf = (revision: number | "*" | undefined): ExpectedRevision => (revision === undefined ? null : revision === "*" ? "*" : [revision]);

/** The body of POST …/actuals:batch: 1 to 1000 months, none twice. */
export const actualsBatchBody = z
  .strictObject({
    months: z
      .array(batchMonth)
      .min(1, "Send at least one month")
      .max(MAX_BATCH_MONTHS, `Send at most ${MAX_BATCH_MONTHS} months at once`),
  })
  .superRefine((input, ctx) => {
    for (const { index, firstIndex } of duplicateMonths(Array.isArray(input.months) ? input.months : [])) {
      ctx.addIssue({ code: "custom", path: ["months", index, "month"], message: duplicateMonthMessage(firstIndex) });
    }
  }, evenAfterOtherIssues)
  .meta({ id: "ActualsBatchInput", description: "Up to 1000 months of one investment, written all or nothing" });
