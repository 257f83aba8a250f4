import { describe, expect, it } from "vitest";
import { workspaceSlug } from "./schemas";
import { randomSuffix, workspaceAddress } from "./workspace-address";

describe("workspaceAddress", () => {
  it("adds a random ending of five lowercase letters or digits to the slug asked for", () => {
    expect(workspaceAddress("acme", "k3f9x")).toBe("acme-k3f9x");
    expect(workspaceAddress("acme")).toMatch(/^acme-[a-z0-9]{5}$/);
    for (let i = 0; i < 50; i++) expect(randomSuffix()).toMatch(/^[a-z0-9]{5}$/);
  });

  it("keeps a long slug within the 48 characters a slug may have, without a double hyphen", () => {
    const long = `${"a".repeat(41)}-bcdef`; // 47 characters, cut right after the hyphen
    const address = workspaceAddress(long, "k3f9x");
    expect(address).toBe(`${"a".repeat(41)}-k3f9x`);
    expect(workspaceSlug.parse(workspaceAddress("x".repeat(48)))).toHaveLength(48);
  });
});
