import type { Db } from "@/lib/db/client";
import { createUser, createWorkspace } from "./factories";
import { seedDemoInvestments, seedDemoRates } from "./seed-investments";

export const DEMO_LOGIN = { email: "demo@realised.local", password: "realised-demo-2026" };

/**
 * Seeds a demo consultant the first time, on an empty database only, so it never
 * touches real data: owner of three client workspaces (one with a dollar-priced tool and
 * its exchange rates) and viewer of a fourth.
 */
export async function seedDemo(db: Db, options: { today?: Date } = {}): Promise<"seeded" | "present" | "skipped"> {
  if (await db.user.findUnique({ where: { email: DEMO_LOGIN.email }, select: { id: true } })) return "present";
  if ((await db.user.count()) > 0) return "skipped";
  await db.$transaction(async (tx) => {
    const consultant = await createUser(tx, { ...DEMO_LOGIN, name: "Demi de Consultant" });
    const client = await createUser(tx, { email: "eigenaar@webshop-noord.local", name: "Noor Visser", password: `${DEMO_LOGIN.password}-noord` });
    const bakery = await createWorkspace(tx, {
      name: "Bakkerij De Vries",
      slug: "bakkerij-de-vries",
      locale: "nl-NL",
      members: [{ userId: consultant.id, role: "owner" }],
    });
    const bikes = await createWorkspace(tx, {
      name: "Fietsenwinkel Jansen",
      slug: "fietsenwinkel-jansen",
      locale: "nl-NL",
      members: [{ userId: consultant.id, role: "owner" }],
    });
    const webshop = await createWorkspace(tx, {
      name: "Webshop Noord",
      slug: "webshop-noord",
      locale: "en",
      members: [
        { userId: client.id, role: "owner" },
        { userId: consultant.id, role: "viewer" },
      ],
    });
    // A client that buys its translation platform in dollars and reports in euros.
    const agency = await createWorkspace(tx, {
      name: "Vertaalbureau Lingua",
      slug: "vertaalbureau-lingua",
      locale: "nl-NL",
      members: [{ userId: consultant.id, role: "owner" }],
    });
    const author = { id: consultant.id, name: consultant.name };
    const today = options.today ?? new Date();
    await seedDemoInvestments(tx, {
      workspaces: { [bakery.slug]: bakery.id, [bikes.slug]: bikes.id, [webshop.slug]: webshop.id, [agency.slug]: agency.id },
      author,
      today,
    });
    await seedDemoRates(tx, { workspaceId: agency.id, author, today });
  }, { timeout: 60_000 });
  return "seeded";
}
