import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db/client";
import { resolveSessionUser, type SessionUser } from "./auth-sessions";
import { authOptions } from "./options";

export type { SessionUser };

/**
 * The signed-in user, or null. The cookie is only a signed pointer: the session row in
 * Postgres decides, so a sign-out or password change takes effect on the next request
 * on every instance.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  return resolveSessionUser(getDb(), { uid: session.uid, sid: session.sid, sv: session.sv });
}
