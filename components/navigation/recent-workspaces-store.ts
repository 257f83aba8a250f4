import { useMemo, useSyncExternalStore } from "react";
import { parseRecentSlugs, recentWorkspacesStorageKey, withVisit } from "@/lib/navigation/recent-workspaces";

// The browser side of lib/navigation/recent-workspaces.ts: localStorage, shared by every
// component that shows the list and updated in all tabs.

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage blocked (privacy settings): no recent list, nothing breaks.
    return null;
  }
}

/** The slugs `userId` opened last in this browser, most recent first (none while rendering on the server). */
export function useRecentSlugs(userId: string): string[] {
  const key = recentWorkspacesStorageKey(userId);
  const raw = useSyncExternalStore(
    subscribe,
    () => readStored(key),
    () => null,
  );
  return useMemo(() => parseRecentSlugs(raw), [raw]);
}

export function rememberWorkspaceVisit(userId: string, slug: string) {
  const key = recentWorkspacesStorageKey(userId);
  const current = parseRecentSlugs(readStored(key));
  const next = withVisit(current, slug);
  if (next.join("\n") === current.join("\n")) return;
  try {
    window.localStorage.setItem(key, JSON.stringify(next));
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}
