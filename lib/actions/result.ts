import { z } from "zod";
import { AppError, type AppErrorCode, type FieldErrors } from "@/lib/errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: AppErrorCode | "INTERNAL"; message: string; fieldErrors: FieldErrors };

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Turns anything thrown inside an action into a result the UI can show safely. */
export function toFailure(error: unknown): Extract<ActionResult, { ok: false }> {
  if (error instanceof AppError) {
    return { ok: false, error: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof z.ZodError) {
    return { ok: false, error: "INVALID_INPUT", message: "Please correct the highlighted fields", fieldErrors: fieldErrorsFromZod(error) };
  }
  console.error("[action] unexpected error", error);
  const databaseDown = error instanceof Error && /ECONNREFUSED|Can't reach database|connect/i.test(error.message);
  return {
    ok: false,
    error: "INTERNAL",
    message: databaseDown
      ? "The database is not reachable right now. Please try again in a moment."
      : "Something went wrong on our side. Please try again.",
    fieldErrors: {},
  };
}

export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}
