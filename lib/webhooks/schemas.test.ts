import { describe, expect, it } from "vitest";
import { createEndpointInput, formatEventsProblem, URL_MESSAGES, webhookUrlProblem } from "./schemas";

const production = { production: true, allowLoopback: false };
const development = { production: false, allowLoopback: false };
const e2e = { production: true, allowLoopback: true };

describe("webhookUrlProblem", () => {
  it("accepts https URLs of public hosts under every policy", () => {
    for (const policy of [production, development, e2e]) {
      expect(webhookUrlProblem("https://hooks.example.com/realised?team=finance", policy)).toBeNull();
      expect(webhookUrlProblem("https://8.8.8.8:8443/hook", policy)).toBeNull();
    }
  });

  it.each([
    ["", URL_MESSAGES.required],
    ["hooks.example.com/realised", URL_MESSAGES.invalid],
    ["ftp://hooks.example.com/", URL_MESSAGES.scheme],
    ["https://user:pass@hooks.example.com/", URL_MESSAGES.credentials],
    ["https://token@hooks.example.com/", URL_MESSAGES.credentials],
    ["http://hooks.example.com/", URL_MESSAGES.httpOnlyLocal],
    [`https://hooks.example.com/${"a".repeat(2000)}`, URL_MESSAGES.tooLong],
  ])("refuses %s", (url, message) => {
    expect(webhookUrlProblem(url, development)).toBe(message);
  });

  it("allows http only for localhost, and in production only with the test-only escape hatch", () => {
    for (const url of ["http://localhost:4000/", "http://127.0.0.1:4000/", "http://[::1]:4000/"]) {
      expect(webhookUrlProblem(url, development)).toBeNull();
      expect(webhookUrlProblem(url, e2e)).toBeNull();
      expect(webhookUrlProblem(url, production)).toBe(URL_MESSAGES.httpOnlyLocal);
    }
  });

  it("refuses literal internal addresses in production already at registration (names are checked at delivery)", () => {
    for (const url of ["https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data", "https://[fd00::1]/", "https://[::ffff:192.168.0.1]/", "https://127.0.0.1/", "https://localhost/", "https://app.localhost/"]) {
      expect({ url, problem: webhookUrlProblem(url, production) }).toEqual({ url, problem: URL_MESSAGES.internal });
    }
    // The URL parser normalises other spellings of an address before the check.
    expect(webhookUrlProblem("https://0x7f.1/", production)).toBe(URL_MESSAGES.internal);
    expect(webhookUrlProblem("https://hooks.internal.example/", production)).toBeNull();
  });
});

describe("createEndpointInput", () => {
  it("keeps the events in their documented order, without duplicates", () => {
    const input = createEndpointInput.parse({ url: "https://hooks.example.com/", events: ["actuals.missing", "leak.opened", "leak.opened"] });
    expect(input).toEqual({ url: "https://hooks.example.com/", description: "", events: ["leak.opened", "actuals.missing"], format: "standard" });
  });

  it("names the field of each mistake", () => {
    const result = createEndpointInput.safeParse({ url: "http://hooks.example.com/", events: [], format: "xml", description: "x".repeat(201) });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["url", URL_MESSAGES.httpOnlyLocal],
        ["events", "Choose at least one event"],
        ["format", "Choose the standard or the Slack format"],
        ["description", "The description must be at most 200 characters"],
      ]),
    );
    expect(createEndpointInput.safeParse({ url: "https://a.example/", events: ["leak.closed"] }).error?.issues[0]).toMatchObject({ path: ["events", 0], message: "Choose events from the list" });
  });

  it("refuses other events than the leak messages for a Slack endpoint", () => {
    expect(formatEventsProblem("slack", ["leak.opened", "leak.worsened"])).toBeNull();
    expect(formatEventsProblem("standard", ["actuals.recorded"])).toBeNull();
    const result = createEndpointInput.safeParse({ url: "https://hooks.slack.com/services/T0/B0/x", events: ["leak.opened", "actuals.recorded"], format: "slack" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["events"], message: "A Slack endpoint can only receive leak.opened and leak.worsened" })]);
  });
});
