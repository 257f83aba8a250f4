// For integration tests that must pass "today" explicitly: server actions always use the
// wall clock, so those tests call the lib function behind the action with this context
// (what the action's gate would have resolved) and their own `today`.
import { resolveWorkspace, type WorkspaceContext } from "@/lib/auth/workspace-gate";
import type { AppError } from "@/lib/errors";

type Actor = { id: string; email: string; name: string; locale?: string | null };

export async function workspaceContextFor(user: Actor, slug: string): Promise<WorkspaceContext> {
  const ctx = await resolveWorkspace(
    { id: user.id, email: user.email, name: user.name, locale: user.locale ?? null },
    slug,
  );
  if (!ctx) throw new Error(`${user.email} is not a member of ${slug}`);
  return ctx;
}

/** The AppError a lib call throws (fails the test when it succeeds or throws something else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const { AppError } = await import("@/lib/errors");
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, but the call succeeded");
}
