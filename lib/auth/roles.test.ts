import { describe, expect, it } from "vitest";
import { canWrite, hasRole, ROLES, type Role } from "./roles";

describe("roles", () => {
  const allowed: Record<Role, Role[]> = {
    owner: ["owner", "editor", "viewer"],
    editor: ["editor", "viewer"],
    viewer: ["viewer"],
  };

  it.each(ROLES.flatMap((actual) => ROLES.map((minimum) => [actual, minimum] as const)))(
    "%s meets %s?",
    (actual, minimum) => {
      expect(hasRole(actual, minimum)).toBe(allowed[actual].includes(minimum));
    },
  );

  it("lets owners and editors write, not viewers", () => {
    expect(canWrite("owner")).toBe(true);
    expect(canWrite("editor")).toBe(true);
    expect(canWrite("viewer")).toBe(false);
  });

  it("lists exactly the three roles of the database enum", () => {
    expect([...ROLES].sort()).toEqual(["editor", "owner", "viewer"]);
  });
});
