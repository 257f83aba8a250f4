// Server-side renders of the token list and the one-time secret panel, in both languages.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import { ApiTokenList, type ApiTokenRow } from "./api-token-list";
import { NewApiTokenSecret } from "./new-api-token-secret";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));
vi.mock("@/lib/api-tokens/actions", () => ({ revokeApiTokenAction: vi.fn(), createApiTokenAction: vi.fn() }));

const render = (node: ReactNode, locale: "en" | "nl" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {node}
    </NextIntlClientProvider>,
  );

const token = (overrides: Partial<ApiTokenRow>): ApiTokenRow => ({
  id: "t1",
  name: "Finance sync",
  prefix: "rlsd_Ab12Cd",
  scope: "write",
  creatorName: "Eddie Editor",
  createdAt: new Date("2026-03-01T09:00:00Z"),
  expiresAt: null,
  lastUsedAt: null,
  state: "active",
  canRevoke: true,
  ...overrides,
});

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("ApiTokenList", () => {
  it("says so when there are no tokens", () => {
    expect(text(render(<ApiTokenList slug="acme" tokens={[]} />))).toContain("No API tokens yet.");
    expect(text(render(<ApiTokenList slug="acme" tokens={[]} />, "nl"))).toContain("Nog geen API-tokens.");
  });

  it("shows never-used and never-expiring tokens as such, with scope, creator and state", () => {
    const html = text(render(<ApiTokenList slug="acme" tokens={[token({})]} />));
    expect(html).toContain("Finance sync rlsd_Ab12Cd…");
    expect(html).toContain("Read and write");
    expect(html).toContain("Eddie Editor");
    expect(html).toContain("Last used never");
    expect(html).toContain("Expires never");
    expect(html).toContain("active");
  });

  it("formats dates in the reader's locale and names every state", () => {
    const rows = [
      token({ id: "a", lastUsedAt: new Date("2026-03-09T14:30:00Z"), expiresAt: new Date("2026-12-31T00:00:00Z") }),
      token({ id: "b", state: "creator-lost-access" }),
      token({ id: "c", state: "revoked", canRevoke: true }),
    ];
    const html = text(render(<ApiTokenList slug="acme" tokens={rows} />, "nl"));
    expect(html).toContain("9 mrt 2026");
    expect(html).toContain("31 dec 2026");
    expect(html).toContain("gestopt: de maker is geen eigenaar of bewerker meer");
    expect(html).toContain("ingetrokken");
  });

  it("offers Revoke only where allowed and not yet revoked, with unique ids per layout", () => {
    const html = render(
      <ApiTokenList slug="acme" tokens={[token({ id: "mine" }), token({ id: "theirs", canRevoke: false }), token({ id: "gone", state: "revoked" })]} />,
    );
    // Each revocable token appears twice (table and card), no other gets the button.
    expect(html.match(/aria-label="Revoke token “Finance sync”"/g)).toHaveLength(2);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("NewApiTokenSecret", () => {
  it("shows the secret once, read-only, with the warning and a ready-to-run curl", () => {
    const curl = 'curl -H "Authorization: Bearer rlsd_secret" http://localhost:3000/api/v1/workspaces/acme';
    const html = render(<NewApiTokenSecret name="CI" secret="rlsd_secret" curl={curl} />);
    expect(html).toMatch(/<input id="api-token-secret" readonly=""[^>]*value="rlsd_secret"/i);
    expect(text(html)).toContain("you will not see it again");
    expect(html).toContain("curl -H &quot;Authorization: Bearer rlsd_secret&quot; http://localhost:3000/api/v1/workspaces/acme");
    expect(text(render(<NewApiTokenSecret name="CI" secret="rlsd_secret" curl={curl} />, "nl"))).toContain("je ziet het niet nog eens");
  });
});
