import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { createRealisedClient } from "@/lib/api/client";
import { currentPeriod, periodOfMonthNumber } from "@/lib/investments/months";
import { createUser, createWorkspace, db, shot, signInViaApi } from "./support/fixtures";

test.describe.configure({ mode: "serial" });

type Delivery = { headers: IncomingHttpHeaders; body: string };

/** A webhook receiver on 127.0.0.1 (allowed for this run by WEBHOOK_ALLOW_LOOPBACK=1), answering 204. */
async function startReceiver() {
  const deliveries: Delivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      deliveries.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/realised`, deliveries, close: () => new Promise((resolve) => server.close(resolve)) };
}

const typeOf = (delivery: Delivery) => (JSON.parse(delivery.body) as { type: string }).type;

test("a consultant connects a script: a token, the reference, three months through the typed client, a signed leak.opened webhook, and the dashboard moves", async ({ page, baseURL }) => {
  const receiver = await startReceiver();
  try {
    const consultant = await createUser(db(), { name: "Api Consultant" });
    const workspace = await createWorkspace(db(), { name: "Koffiebranderij Zuid", members: [{ userId: consultant.id, role: "owner" }] });
    const slug = workspace.slug;
    await signInViaApi(page, consultant.email, consultant.password);

    // 1. A write token, shown once.
    await page.goto(`/w/${slug}/api-tokens`);
    await expect(page.getByText("No API tokens yet.")).toBeVisible();
    await page.getByLabel("Name").fill("Bookkeeping sync");
    await page.getByLabel("Read and write").check();
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = await page.getByTestId("api-token-secret").inputValue();
    expect(secret).toMatch(/^rlsd_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByTestId("api-token-curl")).toHaveValue(new RegExp(`/api/v1/workspaces/${slug}`));
    await shot(page, "api-tokens");

    // 2. The reference: a worked example per operation, and the problem types the answers link to.
    await page.goto("/docs/api");
    await expect(page.getByText("/workspaces/{slug}/investments/{id}/actuals:batch").first()).toBeVisible();
    await expect(page.locator("#problem-precondition-failed")).toBeVisible();
    // Scalar's interactive reference renders under the production CSP, from the same document.
    await expect(page.locator(".scalar-app").first()).toBeVisible({ timeout: 30_000 });
    await shot(page, "api-reference");

    // 3. A webhook endpoint for the leak events (checked by default) and recorded actuals.
    await page.goto(`/w/${slug}/webhooks`);
    await page.getByLabel("URL").fill(receiver.url);
    await page.getByLabel("Description").fill("Team channel bridge");
    await page.getByLabel(/Actuals were recorded/).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const webhookSecret = await page.getByTestId("webhook-secret").first().inputValue();
    expect(webhookSecret).toMatch(/^whsec_/);

    // 4. The typed client generated from the OpenAPI document: create, approve, three months.
    const api = createRealisedClient({ baseUrl: baseURL!, token: secret });
    const start = periodOfMonthNumber(currentPeriod(), -3); // four months ago: months 1–3 are complete
    const created = await api.POST("/workspaces/{slug}/investments", {
      params: { path: { slug }, header: { "Idempotency-Key": `e2e-${slug}` } },
      body: {
        name: "Espressomachine-abonnement",
        currency: "EUR",
        startMonth: start,
        horizonMonths: 24,
        costs: [
          { kind: "oneTime", label: "Installatie", amount: 600, month: 1 },
          { kind: "recurring", label: "Abonnement", monthly: 200 },
        ],
        benefits: [{ kind: "fixed", label: "Extra omzet", monthly: 3000 }],
      },
    });
    expect(created.response.status, JSON.stringify(created.error)).toBe(201);
    const id = created.data!.id;
    const approved = await api.POST("/workspaces/{slug}/investments/{id}/status", {
      params: { path: { slug, id }, header: { "If-Match": created.response.headers.get("etag")! } },
      body: { status: "approved" },
    });
    expect(approved.response.status, JSON.stringify(approved.error)).toBe(200);

    await page.goto(`/w/${slug}`);
    const investedBefore = await page.getByTestId("card-invested-value").textContent();
    const months = [1, 2, 3].map((n) => periodOfMonthNumber(start, n));
    const costs = ["800.00", "200.00", "200.00"];
    for (const [i, month] of months.entries()) {
      const put = await api.PUT("/workspaces/{slug}/investments/{id}/actuals/{month}", {
        params: { path: { slug, id, month } },
        body: { cost: costs[i], benefit: "100.00", note: "Uit de boekhouding" },
      });
      expect(put.response.status, JSON.stringify(put.error)).toBe(201);
      expect(put.response.headers.get("etag")).toBe('"1"');
    }
    // A stale revision is refused, never silently overwritten.
    const stale = await api.PUT("/workspaces/{slug}/investments/{id}/actuals/{month}", {
      params: { path: { slug, id, month: months[0] }, header: { "If-Match": '"7"' } },
      body: { cost: "1.00", benefit: "1.00" },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.response.headers.get("content-type")).toBe("application/problem+json");

    // 5. The API and the dashboard show the same figures: 800 + 200 + 200 spent, 3 × 100 realised.
    const portfolio = await api.GET("/workspaces/{slug}/portfolio", { params: { path: { slug } } });
    expect(portfolio.data?.headline).toMatchObject({ currency: "EUR", invested: "1200.00", realised: "300.00" });
    await page.reload();
    await expect(page.getByTestId("card-invested-value")).toHaveText("€1,200.00");
    expect(investedBefore).not.toBe("€1,200.00");
    await expect(page.getByTestId("card-realised-value")).toHaveText("€300.00");
    await shot(page, "dashboard-after-api");

    // The grid says where the months came from.
    await page.goto(`/w/${slug}/investments/${id}/actuals`);
    await expect(page.getByText("API: Bookkeeping sync").first()).toBeVisible();

    // 6. The worker delivers signed events; the independent standardwebhooks package verifies them.
    await expect.poll(() => receiver.deliveries.filter((d) => typeOf(d) === "leak.opened").length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => receiver.deliveries.filter((d) => typeOf(d) === "actuals.recorded").length, { timeout: 30_000 }).toBe(3);
    const verifier = new Webhook(webhookSecret);
    for (const delivery of receiver.deliveries) {
      const payload = verifier.verify(delivery.body, delivery.headers as Record<string, string>) as { type: string; data: Record<string, unknown> };
      expect(delivery.headers["webhook-id"]).toMatch(/^msg_/);
      if (payload.type === "leak.opened") expect(payload.data).toMatchObject({ investment: { id, name: "Espressomachine-abonnement", currency: "EUR" } });
    }
    const tampered = receiver.deliveries[0];
    expect(() => verifier.verify(tampered.body.replace("}", ' }'), tampered.headers as Record<string, string>)).toThrow();

    // The delivery log shows what arrived.
    await page.goto(`/w/${slug}/webhooks`);
    await page.getByText(/^Delivery log/).click();
    await expect(page.getByText("HTTP 204").first()).toBeVisible();
    await expect(page.getByText("leak.opened", { exact: true }).first()).toBeVisible();
    await shot(page, "webhooks-delivery-log");

    // The audit log names the token that made the changes.
    await page.goto(`/w/${slug}/audit`);
    await expect(page.getByText("via API token “Bookkeeping sync”").first()).toBeVisible();
  } finally {
    await receiver.close();
  }
});
