import { describe, expect, it } from "vitest";
import { readUntrustedJson } from "./untrusted-json";
import { MAX_NESTING, TOO_DEEP_MESSAGE, findInputProblem } from "./input-problems";
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableCharacter } from "./storable-text";

const nested = (depth: number): unknown => {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe("findUnstorableCharacter", () => {
  it.each([
    ["plain", -1],
    ["emoji 😀 ok", -1],
    ["a\u0000b", 1],
    ["lone high \uD83D here", 10],
    ["lone low \uDE00 here", 9],
    ["reversed \uDE00\uD83D", 9],
  ])("%j → %d", (text, index) => expect(findUnstorableCharacter(text)).toBe(index));
});

describe("findInputProblem", () => {
  it("names the path of the first string with a NUL or a lone surrogate", () => {
    expect(findInputProblem({ name: "ok", plan: { costs: [{ label: "ok" }, { label: "x\u0000" }] } })).toEqual({
      path: ["plan", "costs", 1, "label"],
      message: UNSTORABLE_TEXT_MESSAGE,
    });
    expect(findInputProblem({ note: "\uD800" })).toEqual({ path: ["note"], message: UNSTORABLE_TEXT_MESSAGE });
    expect(findInputProblem("\u0000")).toEqual({ path: [], message: UNSTORABLE_TEXT_MESSAGE });
  });

  it("checks keys as well as values", () => {
    expect(findInputProblem({ benefitByDriver: { "Fee\u0000": "1" } })).toMatchObject({ path: ["benefitByDriver", "Fee\u0000"] });
  });

  it("names the line in multi-line text", () => {
    expect(findInputProblem({ csvText: "Month;Cost\n2026-01;1\n2026-02;\u0000" })).toEqual({
      path: ["csvText"],
      message: `${UNSTORABLE_TEXT_MESSAGE} (line 3)`,
    });
  });

  it("reports in document order", () => {
    expect(findInputProblem({ a: ["ok", { b: "\u0000" }], c: "\u0000" })?.path).toEqual(["a", 1, "b"]);
  });

  it(`allows ${MAX_NESTING} levels of nesting and refuses more without recursing`, () => {
    expect(findInputProblem(nested(MAX_NESTING))).toBeNull();
    expect(findInputProblem(nested(MAX_NESTING + 1))).toEqual({ path: Array(MAX_NESTING).fill(0), message: TOO_DEEP_MESSAGE });
    expect(findInputProblem(nested(100_000))?.message).toBe(TOO_DEEP_MESSAGE);
  });

  it("refuses prototype keys only when asked", () => {
    const value = JSON.parse('{"plan": {"__proto__": {"x": 1}}}');
    expect(findInputProblem(value)).toBeNull();
    expect(findInputProblem(value, { forbidPrototypeKeys: true })).toEqual({ path: ["plan", "__proto__"], message: '"__proto__" cannot be used as a name' });
    expect(findInputProblem({ a: [{ constructor: 1 }] }, { forbidPrototypeKeys: true })?.path).toEqual(["a", 0, "constructor"]);
    expect(findInputProblem({ prototype: 1 }, { forbidPrototypeKeys: true })?.path).toEqual(["prototype"]);
  });

  it("passes ordinary values", () => {
    expect(findInputProblem({ n: 1, b: true, d: new Date(0), none: null, list: ["a", { k: "v" }] })).toBeNull();
  });
});

describe("readUntrustedJson", () => {
  it("parses JSON with a byte-order mark", () => {
    expect(readUntrustedJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it("reports a syntax error", () => {
    expect(readUntrustedJson("{")).toMatchObject({ ok: false, syntaxError: expect.any(String) });
  });

  it("refuses escaped NULs and lone surrogates, prototype keys and deep nesting", () => {
    expect(readUntrustedJson('{"name":"a\\u0000"}')).toEqual({ ok: false, problem: { path: ["name"], message: UNSTORABLE_TEXT_MESSAGE } });
    expect(readUntrustedJson('{"kpis":[{"name":"\\ud800"}]}')).toMatchObject({ ok: false, problem: { path: ["kpis", 0, "name"] } });
    expect(readUntrustedJson('{"__proto__":{"admin":true}}')).toMatchObject({ ok: false, problem: { path: ["__proto__"] } });
    expect(readUntrustedJson(`${"[".repeat(3000)}${"]".repeat(3000)}`)).toMatchObject({ ok: false, problem: { message: TOO_DEEP_MESSAGE } });
  });
});
