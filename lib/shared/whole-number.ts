import { z } from "zod";
import { parseDecimalInput } from "./decimal-input";

// Numbers from forms arrive as text. z.coerce.number() and Number() read far too much:
// "0x10" is 16, "0b101" is 5, "1e2" is 100, true is 1 and "" is 0. These read only what
// a person means by a number.

const WHOLE = /^-?\d{1,15}$/;

/** "12", " 12 " or "-3" → the number; anything else (also "0x10", "12abc", "") → null. */
export function readWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return WHOLE.test(trimmed) ? Number(trimmed) : null;
}

/**
 * A whole number given as a JSON number or as decimal digits ("12", " 12 ", "-3");
 * anything else reaches `schema` unchanged and is refused with its message.
 */
export const wholeNumber = <S extends z.ZodType<number, number>>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" ? (readWholeNumber(value) ?? value) : value), schema);

/**
 * A number with decimals given as a JSON number or as text in either notation ("12,5",
 * "12.5", "1.234,5"); anything else reaches `schema` unchanged and is refused with its message.
 */
export const decimalNumber = <S extends z.ZodType<number, number>>(schema: S) =>
  z.preprocess((value) => {
    if (typeof value !== "string") return value;
    const parsed = parseDecimalInput(value, "either");
    return parsed.ok ? Number(parsed.value) : value;
  }, schema);
