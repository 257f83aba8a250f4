import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/roles";
import { firstRunGuide, type FirstRunFacts, type FirstRunGuide, type ShownFirstRunGuide } from "./first-run";

const empty: FirstRunFacts = { investmentCount: 0, draftInvestmentId: null, approvedInvestmentId: null, hasActuals: false };
const draftOnly: FirstRunFacts = { investmentCount: 1, draftInvestmentId: "inv-draft", approvedInvestmentId: null, hasActuals: false };
const approvedNoActuals: FirstRunFacts = { investmentCount: 1, draftInvestmentId: null, approvedInvestmentId: "inv-approved", hasActuals: false };
const complete: FirstRunFacts = { investmentCount: 1, draftInvestmentId: null, approvedInvestmentId: "inv-approved", hasActuals: true };

function shown(guide: FirstRunGuide): ShownFirstRunGuide {
  if (!guide.show) throw new Error("expected the guide to show");
  return guide;
}
const statuses = (guide: FirstRunGuide) => shown(guide).steps.map((s) => s.status);
const hrefs = (guide: FirstRunGuide) => shown(guide).steps.map((s) => s.href);

describe("firstRunGuide for an owner or editor", () => {
  it.each(["owner", "editor"] as const)("an empty workspace (%s): the whole page, step 1 current, linking to the template gallery", (role) => {
    const guide = shown(firstRunGuide("acme", empty, role));
    expect(guide.layout).toBe("full");
    expect(guide.steps.map((s) => s.id)).toEqual(["create", "approve", "record"]);
    expect(statuses(guide)).toEqual(["current", "todo", "todo"]);
    expect(hrefs(guide)).toEqual(["/w/acme/investments/new", null, null]);
    expect(guide.waitingFor).toBeNull();
  });

  it("a draft investment: compact, step 1 done, step 2 current on that investment's page", () => {
    const guide = shown(firstRunGuide("acme", draftOnly, "owner"));
    expect(guide.layout).toBe("compact");
    expect(statuses(guide)).toEqual(["done", "current", "todo"]);
    expect(hrefs(guide)).toEqual([null, "/w/acme/investments/inv-draft", null]);
  });

  it("an approved plan without actuals: step 3 current, on the approved investment's actuals page", () => {
    const guide = shown(firstRunGuide("acme", approvedNoActuals, "editor"));
    expect(guide.layout).toBe("compact");
    expect(statuses(guide)).toEqual(["done", "done", "current"]);
    expect(hrefs(guide)).toEqual([null, null, "/w/acme/investments/inv-approved/actuals"]);
  });

  it("a draft next to an approved plan: recording goes to the approved one (a draft has no frozen forecast)", () => {
    const guide = firstRunGuide("acme", { ...approvedNoActuals, investmentCount: 2, draftInvestmentId: "inv-draft" }, "owner");
    expect(statuses(guide)).toEqual(["done", "done", "current"]);
    expect(hrefs(guide)[2]).toBe("/w/acme/investments/inv-approved/actuals");
  });

  it("actuals on a draft but no approved plan: step 3 done, step 2 still current", () => {
    const guide = firstRunGuide("acme", { ...draftOnly, hasActuals: true }, "owner");
    expect(statuses(guide)).toEqual(["done", "current", "done"]);
    expect(hrefs(guide)).toEqual([null, "/w/acme/investments/inv-draft", null]);
  });

  it("all three done: the guide is gone, for every role", () => {
    for (const role of ROLES) expect(firstRunGuide("acme", complete, role)).toEqual({ show: false });
    // More investments change nothing.
    expect(firstRunGuide("acme", { ...complete, investmentCount: 7, draftInvestmentId: "inv-draft" }, "owner")).toEqual({ show: false });
  });

  it("facts that name no investment for the current step fall back to the investment list", () => {
    const noIds: FirstRunFacts = { investmentCount: 2, draftInvestmentId: null, approvedInvestmentId: null, hasActuals: false };
    expect(hrefs(firstRunGuide("acme", noIds, "owner"))).toEqual([null, "/w/acme/investments", null]);
  });

  it("encodes the slug in the links", () => {
    expect(hrefs(firstRunGuide("a b", empty, "owner"))[0]).toBe("/w/a%20b/investments/new");
  });
});

describe("firstRunGuide for a viewer", () => {
  it.each([
    ["an empty workspace", empty, "create", "full"],
    ["a draft investment", draftOnly, "approve", "compact"],
    ["an approved plan without actuals", approvedNoActuals, "record", "compact"],
  ] as const)("%s: the same steps, no links, and says what the workspace is waiting for", (_, facts, waitingFor, layout) => {
    const asViewer = shown(firstRunGuide("acme", facts, "viewer"));
    const asOwner = shown(firstRunGuide("acme", facts, "owner"));
    expect(asViewer.layout).toBe(layout);
    expect(statuses(asViewer)).toEqual(statuses(asOwner));
    expect(hrefs(asViewer)).toEqual([null, null, null]);
    expect(asViewer.waitingFor).toBe(waitingFor);
  });
});

describe("every combination of done steps", () => {
  const combinations = [false, true].flatMap((created) =>
    [false, true].flatMap((approved) => [false, true].map((recorded) => ({ created, approved, recorded }))),
  );

  it.each(combinations)("%o: shown unless all are done, with exactly one current step (the first not done) and one link", ({ created, approved, recorded }) => {
    const facts: FirstRunFacts = {
      // An approved plan belongs to an investment: it counts as created.
      investmentCount: created || approved ? 1 : 0,
      draftInvestmentId: created && !approved ? "inv-draft" : null,
      approvedInvestmentId: approved ? "inv-approved" : null,
      hasActuals: recorded,
    };
    const guide = firstRunGuide("acme", facts, "editor");
    const done = [created || approved, approved, recorded];
    if (done.every(Boolean)) {
      expect(guide.show).toBe(false);
      return;
    }
    const firstOpen = done.indexOf(false);
    expect(statuses(guide)).toEqual(done.map((d, i) => (d ? "done" : i === firstOpen ? "current" : "todo")));
    expect(hrefs(guide).filter((h) => h !== null)).toHaveLength(1);
    expect(hrefs(guide)[firstOpen]).not.toBeNull();
  });
});
