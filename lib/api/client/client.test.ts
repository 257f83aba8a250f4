import { describe, expect, it } from "vitest";
import { createRealisedClient } from "./index";

describe("createRealisedClient", () => {
  it("calls /api/v1 with the bearer token, the path filled in and the answer typed", async () => {
    const seen: Request[] = [];
    const client = createRealisedClient({
      baseUrl: "http://localhost:3000/",
      token: "rlsd_example",
      fetch: async (request) => {
        seen.push(request);
        const body = { slug: "acme-retail", name: "Acme", currency: "EUR", locale: "nl-NL", token: { name: "ci", scope: "read", role: "viewer" } };
        return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
      },
    });
    const { data, error } = await client.GET("/workspaces/{slug}", { params: { path: { slug: "acme-retail" } } });
    expect(error).toBeUndefined();
    expect(data?.token.scope).toBe("read");
    expect(seen[0].url).toBe("http://localhost:3000/api/v1/workspaces/acme-retail");
    expect(seen[0].headers.get("authorization")).toBe("Bearer rlsd_example");
  });

  it("gives a refusal as the problem document", async () => {
    const client = createRealisedClient({
      baseUrl: "http://localhost:3000",
      token: "rlsd_example",
      fetch: async () =>
        new Response(JSON.stringify({ type: "/docs/api#problem-not-found", title: "Not found", status: 404, detail: "Not found" }), {
          status: 404,
          headers: { "Content-Type": "application/problem+json" },
        }),
    });
    const { data, error } = await client.GET("/workspaces/{slug}", { params: { path: { slug: "other" } } });
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ status: 404, type: "/docs/api#problem-not-found" });
  });
});
