// Builders for users and workspaces, shared by the seed, integration tests and e2e.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";

const unique = () => randomBytes(4).toString("hex");

export async function createUser(db: Tx, input: { email?: string; name?: string; password?: string } = {}) {
  const email = (input.email ?? `user-${unique()}@example.test`).toLowerCase();
  const password = input.password ?? "correct-horse-42";
  const user = await db.user.create({
    data: { email, name: input.name ?? email.split("@")[0], passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true, locale: true },
  });
  return { ...user, password };
}

export async function createWorkspace(
  db: Tx,
  input: { name?: string; slug?: string; currency?: string; locale?: string; members?: { userId: string; role: Role }[] } = {},
) {
  const slug = input.slug ?? `ws-${unique()}`;
  return db.workspace.create({
    data: {
      name: input.name ?? `Workspace ${slug}`,
      slug,
      currency: input.currency ?? "EUR",
      locale: input.locale ?? "nl-NL",
      memberships: { create: (input.members ?? []).map((m) => ({ userId: m.userId, role: m.role })) },
    },
  });
}
