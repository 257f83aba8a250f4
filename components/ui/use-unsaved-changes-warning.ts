"use client";

import { useEffect } from "react";

type Click = Pick<MouseEvent, "button" | "metaKey" | "ctrlKey" | "shiftKey" | "altKey" | "defaultPrevented">;
type Link = { href: string; target: string; download: boolean };

/**
 * Whether following this link click replaces the current page with another page of the
 * app. Only those need our own question: a new tab or window keeps the page, a jump
 * within the page keeps it too, and another site unloads the page, where the browser's
 * own `beforeunload` question comes instead.
 */
export function leavesForAppPage(click: Click, link: Link, here: string): boolean {
  if (click.defaultPrevented || click.button !== 0) return false;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return false;
  if ((link.target && link.target !== "_self") || link.download) return false;
  let to: URL;
  let from: URL;
  try {
    to = new URL(link.href, here);
    from = new URL(here);
  } catch {
    return false;
  }
  if (to.origin !== from.origin) return false;
  return to.pathname !== from.pathname || to.search !== from.search;
}

/** The question of the page that has unsaved changes now, if any (one page is shown at a time). */
let unsavedMessage: string | null = null;

/**
 * For navigation done in code (router.push from the command palette or the workspace
 * switcher), which no link click reveals: true when there is nothing unsaved or the
 * user chose to leave anyway.
 */
export function mayLeaveUnsavedChanges(): boolean {
  return unsavedMessage === null || window.confirm(unsavedMessage);
}

/**
 * While `active`, leaving the page asks first: reload and close through the browser's
 * `beforeunload` question, and links to other pages of the app (which Next.js follows
 * without unloading, and whose router cannot be blocked) through `confirm(message)`.
 * Clicks are caught in the capture phase, before Next's <Link> handles them; staying
 * cancels the click, leaving lets it through. Code that navigates itself asks
 * `mayLeaveUnsavedChanges()` first.
 */
export function useUnsavedChangesWarning(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    unsavedMessage = message;
    let confirmed = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (confirmed) return;
      event.preventDefault();
      // Older browsers only ask when returnValue is set.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const target = { href: link.href, target: link.target, download: link.hasAttribute("download") };
      if (!leavesForAppPage(event, target, window.location.href)) return;
      if (window.confirm(message)) {
        // A plain <a> unloads the page right after this click: do not ask a second time.
        confirmed = true;
        window.setTimeout(() => {
          confirmed = false;
        }, 0);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      unsavedMessage = null;
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [active, message]);
}
