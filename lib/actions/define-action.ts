import { z } from "zod";
import { gateWorkspace, type WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { Role } from "@/lib/auth/roles";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { resolveUiLocale } from "@/lib/i18n/request";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { findInputProblem } from "@/lib/shared/input-problems";
import { toFailure, type ActionResult } from "./result";

/** The failure in the user's language: the summary and every field message. */
async function localizedFailure(error: unknown): Promise<ActionResult<never>> {
  const failure = toFailure(error);
  const locale = await resolveUiLocale().catch(() => "en" as const);
  const fieldErrors = Object.fromEntries(
    Object.entries(failure.fieldErrors).map(([field, messages]) => [field, messages.map((m) => translateServerMessage(m, locale))]),
  );
  return { ...failure, message: translateServerMessage(failure.message, locale), fieldErrors };
}

/**
 * Refuses input that would fail deep inside instead of at its field: text the database
 * cannot store (NUL, half an emoji) and absurd nesting. Runs before anything reads the input.
 */
export function refuseUnprocessableInput(raw: unknown): void {
  const problem = findInputProblem(raw);
  if (problem) throw new AppError("INVALID_INPUT", problem.message, { [problem.path.join(".") || "_form"]: [problem.message] });
}

const workspaceRef = z.object({ workspaceSlug: z.string().min(1).max(64) });

/**
 * Wraps a workspace-scoped server action: validates the input with zod, passes the
 * gate (membership + minimum role) and turns errors into an ActionResult. Server
 * actions that touch workspace data are written only through this wrapper.
 */
export function workspaceAction<S extends z.ZodType, T>(
  schema: S,
  minRole: Role,
  handler: (ctx: WorkspaceContext, input: z.infer<S>) => Promise<T>,
) {
  const action = async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      refuseUnprocessableInput(raw);
      const { workspaceSlug } = workspaceRef.parse(raw);
      const ctx = await gateWorkspace(workspaceSlug, minRole);
      const input = schema.parse(raw);
      return { ok: true, data: await handler(ctx, input) };
    } catch (error) {
      return localizedFailure(error);
    }
  };
  return Object.assign(action, { minRole, isWorkspaceAction: true as const });
}

/** A server action for a signed-in user that is not tied to one workspace. */
export function userAction<S extends z.ZodType, T>(schema: S, handler: (user: SessionUser, input: z.infer<S>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      refuseUnprocessableInput(raw);
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in again");
      return { ok: true, data: await handler(user, schema.parse(raw)) };
    } catch (error) {
      return localizedFailure(error);
    }
  };
}

/** A server action open to guests (sign-up, password reset). */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      refuseUnprocessableInput(raw);
      return { ok: true, data: await handler(schema.parse(raw)) };
    } catch (error) {
      return localizedFailure(error);
    }
  };
}
