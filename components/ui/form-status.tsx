import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A polite live region that is always in the page: screen readers announce new text in a live
 * region reliably, a region that appears together with its text not always. Invisible while
 * empty; `className` styles it once it has something to say ("sr-only" for a message that is
 * visible elsewhere already, such as a button's "Importing…").
 */
export function LiveStatus({ children, className, testId }: { children?: ReactNode; className: string; testId?: string }) {
  const empty = children === null || children === undefined || children === false || children === "";
  return (
    <div role="status" aria-live="polite" className={empty ? "sr-only" : className} data-testid={testId}>
      {empty ? null : children}
    </div>
  );
}

/**
 * The form-level message: a summary of what went wrong (an alert, announced when it appears),
 * or a success note in a live region that waits in the page for it.
 */
export function FormStatus<T>({ result, success }: { result: ActionResult<T> | null; success?: ReactNode }) {
  return (
    <>
      <LiveStatus className="rounded-md bg-green-50 p-3 text-sm text-green-800">{result?.ok && success ? success : null}</LiveStatus>
      {result && !result.ok ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {result.message}
        </p>
      ) : null}
    </>
  );
}
