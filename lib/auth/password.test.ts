import { describe, expect, it } from "vitest";
import { PASSWORD_TOO_LONG_MESSAGE, passwordRule } from "./password";

const messagesOf = (password: string) => {
  const result = passwordRule.safeParse(password);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("passwordRule", () => {
  it("accepts up to 72 bytes, which is all bcrypt reads", () => {
    expect(messagesOf(`a1${"x".repeat(70)}`)).toEqual([]);
    // 35 two-byte letters + "a1" = 72 bytes.
    expect(messagesOf(`a1${"é".repeat(35)}`)).toEqual([]);
  });

  it("refuses more than 72 bytes, counting bytes rather than characters", () => {
    expect(messagesOf(`a1${"x".repeat(71)}`)).toEqual([PASSWORD_TOO_LONG_MESSAGE]);
    // 38 characters, but 74 bytes: "é" takes two.
    expect(messagesOf(`a1${"é".repeat(36)}`)).toEqual([PASSWORD_TOO_LONG_MESSAGE]);
    // 20 emoji are 80 bytes.
    expect(messagesOf(`a1${"😀".repeat(20)}`)).toEqual([PASSWORD_TOO_LONG_MESSAGE]);
  });
});
