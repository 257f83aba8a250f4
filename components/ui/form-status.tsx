import type { ActionResult } from "@/lib/actions/result";

/** The form-level message: a summary of what went wrong, or a success note. */
export function FormStatus<T>({ result, success }: { result: ActionResult<T> | null; success?: string }) {
  if (!result) return null;
  if (result.ok) {
    return success ? (
      <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
      {result.message}
    </p>
  );
}
