import { describe, expect, it } from "vitest";
import { leavesForAppPage } from "./use-unsaved-changes-warning";

const here = "https://app.example/w/acme/investments/inv1/actuals?tab=1";
const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const link = (href: string, extra: { target?: string; download?: boolean } = {}) => ({
  href,
  target: extra.target ?? "",
  download: extra.download ?? false,
});

describe("leavesForAppPage", () => {
  it("asks for a plain click on another page of the app, relative or absolute", () => {
    expect(leavesForAppPage(click, link("/w/acme/investments/inv1"), here)).toBe(true);
    expect(leavesForAppPage(click, link("https://app.example/w/acme"), here)).toBe(true);
    expect(leavesForAppPage(click, link("../inv2/actuals"), here)).toBe(true);
    expect(leavesForAppPage(click, link("?tab=2"), here)).toBe(true);
    expect(leavesForAppPage(click, link("/w/acme/investments/inv1/actuals", { target: "_self" }), here)).toBe(true);
  });

  it("does not ask when the page stays: a jump within it, or the same address", () => {
    expect(leavesForAppPage(click, link("#main"), here)).toBe(false);
    expect(leavesForAppPage(click, link(`${here}#kpis`), here)).toBe(false);
    expect(leavesForAppPage(click, link(here), here)).toBe(false);
  });

  it("leaves other sites to the browser's own question", () => {
    expect(leavesForAppPage(click, link("https://elsewhere.example/w/acme"), here)).toBe(false);
    expect(leavesForAppPage(click, link("http://app.example/w/acme"), here)).toBe(false);
  });

  it("does not ask for a new tab or window, or a download", () => {
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const)
      expect(leavesForAppPage({ ...click, [key]: true }, link("/w/acme"), here), key).toBe(false);
    expect(leavesForAppPage({ ...click, button: 1 }, link("/w/acme"), here)).toBe(false);
    expect(leavesForAppPage(click, link("/w/acme", { target: "_blank" }), here)).toBe(false);
    expect(leavesForAppPage(click, link("/api/w/acme/export", { download: true }), here)).toBe(false);
  });

  it("does not ask when something else already handled the click", () => {
    expect(leavesForAppPage({ ...click, defaultPrevented: true }, link("/w/acme"), here)).toBe(false);
  });
});
