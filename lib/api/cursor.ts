import { ApiProblem } from "./problem";

// Cursor pagination: a cursor is the sort key of the last item of the page before, so a
// page never repeats or skips an item when others are added or removed meanwhile (an
// offset would). Clients treat it as opaque text; it is base64url so it fits a URL as is.

/** Where a page ends in a list ordered by (createdAt, id). */
export type CursorPosition = { createdAt: Date; id: string };

export const INVALID_CURSOR_MESSAGE = "is not a cursor this API gave out; start again without cursor";

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id]), "utf8").toString("base64url");
}

/** The position a cursor names; anything else is a 422 on "cursor". */
export function decodeCursor(cursor: string): CursorPosition {
  const refuse = () => new ApiProblem("invalid-input", "Please correct the fields listed in errors", { errors: [{ path: "cursor", message: INVALID_CURSOR_MESSAGE }] });
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw refuse();
  const [at, id] = decoded as unknown[];
  if (typeof at !== "string" || typeof id !== "string" || !/^[\w-]{1,64}$/.test(id)) throw refuse();
  const createdAt = new Date(at);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== at) throw refuse();
  return { createdAt, id };
}
