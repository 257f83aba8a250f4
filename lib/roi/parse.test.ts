import { describe, expect, it } from "vitest";
import aiMarketing from "./examples/ai-marketing-sme.json";
import customerAcquisition from "./examples/customer-acquisition.json";
import loyalty from "./examples/loyalty-programme.json";
import productExample from "./examples/product-example.json";
import { parseDefinition, serialiseDefinition } from "./parse";
import { buildInput, parseOrThrow } from "./test-fixtures";

describe("serialiseDefinition", () => {
  it.each([
    ["format v1 (docs/format-v1.md)", productExample],
    ["AI marketing", aiMarketing],
    ["loyalty programme", loyalty],
    ["customer acquisition", customerAcquisition],
  ])("round-trips the %s example exactly", (_name, example) => {
    const definition = parseOrThrow(example);
    const json = serialiseDefinition(definition);
    expect(parseOrThrow(JSON.parse(JSON.stringify(json)))).toEqual(definition);
  });

  it("keeps exact decimals: numbers stay numbers when JSON can carry them, else strings", () => {
    const json = serialiseDefinition(
      parseOrThrow(
        buildInput({
          costs: [
            { kind: "oneTime", label: "A", amount: 12.5, month: 1 },
            { kind: "oneTime", label: "B", amount: "0.12345678901234567891", month: 1 },
            { kind: "oneTime", label: "C", amount: "12345678901234.99", month: 1 },
          ],
        }),
      ),
    );
    const amounts = (json.costs as { amount: unknown }[]).map((cost) => cost.amount);
    expect(amounts).toEqual([12.5, "0.12345678901234567891", 12345678901234.99]);
  });

  it("omits absent optional fields instead of writing defaults", () => {
    const json = serialiseDefinition(
      parseOrThrow(buildInput({ benefits: [{ kind: "fixed", label: "F", monthly: 1 }] })),
    );
    expect(json.benefits).toEqual([{ kind: "fixed", label: "F", monthly: 1 }]);
    expect(json).not.toHaveProperty("scenarios");
  });
});

describe("parseDefinition robustness", () => {
  it("answers a value whose getter throws with an error instead of crashing", () => {
    const hostile = Object.defineProperty({ ...buildInput() }, "name", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const parsed = parseDefinition(hostile);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toEqual({ path: "", message: "could not be read (boom)" });
  });
});
