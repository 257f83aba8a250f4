import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string; locale: string | null };

/**
 * The signed-in user, or null. A session whose version no longer matches the user's
 * (password changed or reset) is treated as signed out.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== (session.sv ?? 0)) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}
