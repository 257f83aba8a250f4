// Writes through the API name what they were based on; these pure rules decide, from that
// and from what is stored now, whether a write may go ahead. Months of actuals (by
// revision) and KPI measurements (by value) follow the same rules.

/**
 * How the writer's precondition relates to what is stored: "none" — it named nothing (it
 * believes nothing is stored yet; exactly the same values stored already is fine too: the
 * write is a retry); "any" — whatever is stored ("*"); "matched"/"not-matched" — it named
 * a revision (or value), which is / is not the stored one.
 */
export type Precondition = "none" | "any" | "matched" | "not-matched";

/**
 * create/update/unchanged may go ahead ("unchanged" writes nothing); "stale" means what is
 * stored is not what the writer named (or nothing is stored to match); "revision-required"
 * means other values are stored and the writer named nothing.
 */
export type WriteDecision = "create" | "update" | "unchanged" | "stale" | "revision-required";

export function decideWrite(precondition: Precondition, exists: boolean, identical: boolean): WriteDecision {
  if (!exists) return precondition === "none" ? "create" : "stale";
  if (precondition === "none") return identical ? "unchanged" : "revision-required";
  if (precondition === "not-matched") return "stale";
  return identical ? "unchanged" : "update";
}

/**
 * What a writer based a month on: null — no actuals yet (or exactly these values); "*" —
 * whatever revision is recorded now; a list — one of these revisions.
 */
export type ExpectedRevision = null | "*" | readonly number[];

/** decideWrite for a month of actuals, whose revision is `current` (null: no actuals). */
export function decideMonthWrite(expected: ExpectedRevision, current: number | null, identical: boolean): WriteDecision {
  const precondition: Precondition =
    expected === null ? "none" : expected === "*" ? "any" : current !== null && expected.includes(current) ? "matched" : "not-matched";
  return decideWrite(precondition, current !== null, identical);
}
