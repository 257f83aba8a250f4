import { describe, expect, it, vi } from "vitest";
import { signInAs } from "@/tests/support/session";
import ImportActualsPage from "@/app/(app)/w/[slug]/investments/[id]/import/page";
import TransferPage from "@/app/(app)/w/[slug]/transfer/page";
import { createInvestment, outsiderWorkspace, workspaceWithMembers } from "./test-support";

// next-intl's server build refuses to run outside a request; the texts are not under test here.
vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getTranslations: async () => (key: string) => key,
}));

async function outcome(render: () => Promise<unknown>): Promise<string> {
  try {
    return (await render()) ? "rendered" : "empty";
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
    throw error;
  }
}

const importPage = (slug: string, id: string) => outcome(() => ImportActualsPage({ params: Promise.resolve({ slug, id }) }));
const transferPage = (slug: string) => outcome(() => TransferPage({ params: Promise.resolve({ slug }) }));

describe("transfer pages", () => {
  it("shows the CSV import to editors only, and never for another workspace's investment", async () => {
    const { ws, editor, viewer } = await workspaceWithMembers();
    const id = await createInvestment(ws.slug);
    expect(await importPage(ws.slug, id)).toBe("rendered");
    signInAs(viewer);
    expect(await importPage(ws.slug, id)).toBe("404");
    const { outsider, ws: other } = await outsiderWorkspace();
    signInAs(outsider);
    expect(await importPage(ws.slug, id)).toBe("404");
    expect(await importPage(other.slug, id)).toBe("404");
    signInAs(editor);
    expect(await importPage(ws.slug, "no-such-id")).toBe("404");
  });

  it("shows the transfer page to every member and to nobody else", async () => {
    const { ws, viewer } = await workspaceWithMembers();
    expect(await transferPage(ws.slug)).toBe("rendered");
    signInAs(viewer);
    expect(await transferPage(ws.slug)).toBe("rendered");
    const { outsider } = await outsiderWorkspace();
    signInAs(outsider);
    expect(await transferPage(ws.slug)).toBe("404");
  });
});
