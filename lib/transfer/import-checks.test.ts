import { describe, expect, it } from "vitest";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { splitDocumentDetails } from "./import-checks";

const plan = { name: "Kiosk", currency: "EUR", startMonth: "2026-01", horizonMonths: 12, costs: [] };

describe("splitDocumentDetails", () => {
  it("takes category, description and owner off the document, leaving the engine's part", () => {
    const split = splitDocumentDetails({ ...plan, category: "loyalty", description: "  Points for regulars ", ownerName: "Kim" });
    expect(split).toEqual({ details: { category: "loyalty", description: "Points for regulars", ownerName: "Kim" }, definition: plan, errors: [] });
  });

  it("gives a file from before they were exported the form's defaults", () => {
    expect(splitDocumentDetails(plan)).toEqual({ details: { category: "other", description: "", ownerName: "" }, definition: plan, errors: [] });
    // Not an object at all: left for the engine to describe.
    expect(splitDocumentDetails([1])).toMatchObject({ definition: [1], errors: [] });
  });

  it("names an unknown category and every other problem by its path", () => {
    const split = splitDocumentDetails({ ...plan, category: "marketing", description: "x".repeat(2001), ownerName: 7 });
    expect(split.definition).toEqual(plan);
    expect(split.errors).toEqual([
      { path: "category", message: '"marketing" is not a category; use one of acquisition, loyalty, ai_automation, customer_experience, process, product, other' },
      { path: "description", message: "must be at most 2000 characters" },
      { path: "ownerName", message: "must be text" },
    ]);
    expect(splitDocumentDetails({ ...plan, category: null }).errors).toEqual([
      { path: "category", message: "null is not a category; use one of acquisition, loyalty, ai_automation, customer_experience, process, product, other" },
    ]);
  });

  it("has the problems in Dutch", () => {
    const { errors } = splitDocumentDetails({ ...plan, category: "marketing", description: "x".repeat(2001), ownerName: 7 });
    expect(errors.map((e) => translateServerMessage(e.message, "nl"))).toEqual([
      '"marketing" is geen categorie; gebruik een van acquisition, loyalty, ai_automation, customer_experience, process, product, other',
      "mag hoogstens 2000 tekens lang zijn",
      "moet tekst zijn",
    ]);
  });
});
