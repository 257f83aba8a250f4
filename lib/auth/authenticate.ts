import { getDb } from "@/lib/db/client";
import { verifyPassword } from "./password";

const MAX_PASSWORD_BYTES = 72;
import { markLoginSucceeded, reserveLoginAttempt } from "./rate-limit";

export type AuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

export class SignInError extends Error {
  constructor(readonly code: "INVALID_CREDENTIALS" | `RATE_LIMITED:${number}`) {
    super(code);
  }
}

// A fixed hash keeps the time spent the same whether or not the e-mail exists.
const DUMMY_HASH = "$2b$11$CwTycUXWue0Thq9StjUM0uJ8ZQe1Hn4wJqx7Tb8S1W5rJd7T3nQ6e";

export async function authenticateWithPassword(
  emailInput: string,
  password: string,
  ip: string | null,
  now = new Date(),
): Promise<AuthenticatedUser> {
  const db = getDb();
  const email = emailInput.trim().toLowerCase();
  const reservation = await reserveLoginAttempt(db, email, ip, now);
  if (!reservation.allowed) throw new SignInError(`RATE_LIMITED:${reservation.retryAfterMinutes}`);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  // bcrypt reads only the first 72 bytes; passwords are capped at 72 bytes when set, so a
  // longer one can only be a wrong guess that shares the first 72 bytes.
  if (!user?.passwordHash || !valid || Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES) throw new SignInError("INVALID_CREDENTIALS");
  await markLoginSucceeded(db, reservation);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
