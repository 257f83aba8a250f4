export type FieldErrors = Record<string, string[]>;

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID_INPUT" | "UNAUTHENTICATED" | "RATE_LIMITED";

/** Expected failures that `lib/` throws and the action wrappers turn into messages. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFoundError = () => new AppError("NOT_FOUND", "Not found");
export const forbiddenError = (message = "You do not have permission to do this") => new AppError("FORBIDDEN", message);
export const conflictError = (message: string, fieldErrors: FieldErrors = {}) =>
  new AppError("CONFLICT", message, fieldErrors);
export const invalidInput = (field: string, message: string) =>
  new AppError("INVALID_INPUT", message, { [field]: [message] });

/** Prisma's unique-constraint violation, recognised without importing the runtime. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
