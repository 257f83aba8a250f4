import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import { ApiProblem } from "./problem";

const problemOf = (cursor: string) => {
  try {
    decodeCursor(cursor);
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${cursor} to be refused`);
};

describe("cursors", () => {
  it("round-trips a position exactly, as URL-safe text", () => {
    const position = { createdAt: new Date("2026-03-05T09:30:00.123Z"), id: "cm9x2k1ab0001qz8h3d4e5f6g" };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ["not base64url", "a b"],
    ["not JSON", Buffer.from("hello").toString("base64url")],
    ["not a pair", Buffer.from('["2026-03-05T09:30:00.123Z"]').toString("base64url")],
    ["not a moment", Buffer.from('["yesterday","cm9x"]').toString("base64url")],
    ["a moment in another spelling", Buffer.from('["2026-03-05T09:30:00Z","cm9x"]').toString("base64url")],
    ["an id with odd characters", Buffer.from('["2026-03-05T09:30:00.123Z","a;b"]').toString("base64url")],
    ["empty", ""],
  ])("refuses %s as a 422 on cursor", (_, cursor) => {
    const problem = problemOf(cursor);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect((problem as ApiProblem).status).toBe(422);
    expect((problem as ApiProblem).extras.errors).toEqual([{ path: "cursor", message: "is not a cursor this API gave out; start again without cursor" }]);
  });
});
