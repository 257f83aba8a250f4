// Integration tests call server actions directly; the only thing replaced is "who is
// signed in", which in the app comes from the next-auth cookie.
import { vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

let current: SessionUser | null = null;

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => current }));
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

export function signInAs(user: { id: string; email: string; name: string; locale?: string | null } | null) {
  current = user ? { id: user.id, email: user.email, name: user.name, locale: user.locale ?? null } : null;
}
