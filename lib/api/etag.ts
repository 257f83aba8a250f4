import { ApiProblem } from "./problem";

// A resource's ETag is its revision number, quoted: "3". If-Match takes that ETag (weak
// or strong, one or a list) or "*" (whatever is there now, if anything is).

export const etagOf = (revision: number) => `"${revision}"`;

/** What an If-Match header asks for: any current revision, or one of these revisions. */
export type IfMatch = { any: true } | { any: false; revisions: number[] };

export function parseIfMatch(header: string): IfMatch {
  if (header.trim() === "*") return { any: true };
  const revisions = header.split(",").map((part) => {
    const match = part.trim().match(/^(?:W\/)?"?(\d{1,9})"?$/);
    if (!match) {
      const message = 'If-Match must be the ETag you read, such as "3", or *';
      throw new ApiProblem("invalid-input", message, { errors: [{ path: "If-Match", message }] });
    }
    return Number(match[1]);
  });
  return { any: false, revisions };
}

/**
 * Checks If-Match against the current revision (null: the resource does not exist yet).
 * A stale or absent-resource match is 412; nothing is written.
 */
export function assertIfMatch(header: string | null, current: number | null): void {
  if (header === null) return;
  const wanted = parseIfMatch(header);
  const ok = wanted.any ? current !== null : current !== null && wanted.revisions.includes(current);
  if (!ok) {
    throw new ApiProblem(
      "precondition-failed",
      current === null
        ? "If-Match was sent but there is nothing to match yet; leave If-Match out to create it"
        : `The resource is at revision ${current}; read it again and send If-Match: ${etagOf(current)}`,
      { currentRevision: current, headers: current === null ? {} : { ETag: etagOf(current) } },
    );
  }
}
