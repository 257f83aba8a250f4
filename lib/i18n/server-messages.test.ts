import { describe, expect, it } from "vitest";
import { translateServerMessage } from "./server-messages";

describe("translateServerMessage", () => {
  it("keeps English as it is", () => {
    expect(translateServerMessage("This slug is already taken", "en")).toBe("This slug is already taken");
  });
  it("translates known messages to Dutch", () => {
    expect(translateServerMessage("This slug is already taken", "nl")).toBe("Deze slug is al in gebruik");
  });
  it("translates messages with values through patterns", () => {
    expect(translateServerMessage("This needs the owner role; you are viewer", "nl")).toBe(
      "Hiervoor is de rol eigenaar nodig; jij bent lezer",
    );
  });
  it("falls back to the English text for unknown messages", () => {
    expect(translateServerMessage("Something new", "nl")).toBe("Something new");
  });
});
