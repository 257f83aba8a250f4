import { describe, expect, it } from "vitest";
import { decideMonthWrite, decideWrite } from "./write-precondition";

describe("decideWrite", () => {
  it("creates only when nothing is stored and nothing was named", () => {
    expect(decideWrite("none", false, false)).toBe("create");
    expect(decideWrite("any", false, false)).toBe("stale");
    expect(decideWrite("matched", false, false)).toBe("stale");
    expect(decideWrite("not-matched", false, false)).toBe("stale");
  });

  it("treats the same values without a precondition as a retry, other values as needing one", () => {
    expect(decideWrite("none", true, true)).toBe("unchanged");
    expect(decideWrite("none", true, false)).toBe("revision-required");
  });

  it("replaces what is stored when the precondition holds, and writes nothing when the values are the same", () => {
    expect(decideWrite("any", true, false)).toBe("update");
    expect(decideWrite("matched", true, false)).toBe("update");
    expect(decideWrite("matched", true, true)).toBe("unchanged");
    expect(decideWrite("not-matched", true, false)).toBe("stale");
    expect(decideWrite("not-matched", true, true)).toBe("stale");
  });
});

describe("decideMonthWrite", () => {
  it("matches the revision against the month's current one", () => {
    expect(decideMonthWrite(null, null, false)).toBe("create");
    expect(decideMonthWrite([3], 3, false)).toBe("update");
    expect(decideMonthWrite([2, 3], 3, false)).toBe("update");
    expect(decideMonthWrite([2], 3, false)).toBe("stale");
    expect(decideMonthWrite([1], null, false)).toBe("stale");
    expect(decideMonthWrite("*", 7, false)).toBe("update");
    expect(decideMonthWrite("*", null, false)).toBe("stale");
    expect(decideMonthWrite(null, 2, true)).toBe("unchanged");
    expect(decideMonthWrite(null, 2, false)).toBe("revision-required");
  });
});
