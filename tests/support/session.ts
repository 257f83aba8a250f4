// Integration tests call server actions directly; the only thing replaced is "who is
// signed in", which in the app comes from the next-auth cookie.
import { AsyncLocalStorage } from "node:async_hooks";
import { vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

type Actor = { id: string; email: string; name: string; locale?: string | null };

let current: SessionUser | null = null;
// Lets concurrent calls in one test run as different users (see actAs).
const scoped = new AsyncLocalStorage<SessionUser | null>();

vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => {
    const store = scoped.getStore();
    return store === undefined ? current : store;
  },
}));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
    }),
    headers: async () => new Headers(),
  };
});

const toSessionUser = (user: Actor | null): SessionUser | null =>
  user ? { id: user.id, email: user.email, name: user.name, locale: user.locale ?? null } : null;

export function signInAs(user: Actor | null) {
  current = toSessionUser(user);
}

/** Runs fn signed in as user, without touching the signed-in user of other calls. */
export function actAs<T>(user: Actor | null, fn: () => Promise<T>): Promise<T> {
  return scoped.run(toSessionUser(user), fn);
}
