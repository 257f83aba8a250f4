import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decimalNumber, readWholeNumber, wholeNumber } from "./whole-number";

const months = wholeNumber(z.number({ message: "whole" }).int("whole").min(1).max(120));
const percent = decimalNumber(z.number({ message: "number" }).min(0).max(100));

describe("wholeNumber", () => {
  it.each([
    [12, 12],
    ["12", 12],
    [" 7 ", 7],
    ["007", 7],
  ])("reads %j as %d", (input, value) => expect(months.parse(input)).toBe(value));

  it.each([["0x10"], ["0b101"], ["0o7"], ["1e1"], [true], [false], [""], ["  "], ["12.5"], [12.5], ["12abc"], [null], [[12]], ["١٢"], [Number.NaN], ["Infinity"]])(
    "refuses %j",
    (input) => expect(months.safeParse(input).success).toBe(false),
  );
});

describe("readWholeNumber", () => {
  it("reads decimal digits only", () => {
    expect(readWholeNumber(" 12 ")).toBe(12);
    expect(readWholeNumber("-3")).toBe(-3);
    for (const text of ["0x10", "12abc", "", "1e2", "1.5"]) expect(readWholeNumber(text)).toBeNull();
  });
});

describe("decimalNumber", () => {
  it.each([
    [12.5, 12.5],
    ["12.5", 12.5],
    ["12,5", 12.5],
    ["0", 0],
  ])("reads %j as %d", (input, value) => expect(percent.parse(input)).toBe(value));

  it.each([["0x10"], ["1e1"], [true], [""], ["abc"], [Number.POSITIVE_INFINITY], ["1.2.3"]])("refuses %j", (input) =>
    expect(percent.safeParse(input).success).toBe(false),
  );
});
