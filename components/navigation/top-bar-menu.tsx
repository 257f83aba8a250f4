"use client";

import { usePathname } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";

/**
 * Below `sm` the top bar's controls fold behind a Menu button (a disclosure: Escape closes
 * it and returns focus to the button; opening another page closes it). From `sm` up the
 * button is gone and the controls sit in the bar as they are.
 */
export function TopBarMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  // Open on the page it was opened on: navigating elsewhere closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  return (
    <div
      className="contents"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.preventDefault();
        setOpenOn(null);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="inline-flex items-center gap-2 rounded-md border border-gray-300 px-3 py-1 text-sm hover:bg-gray-50 sm:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        {label}
      </button>
      <div
        id={panelId}
        className={`${open ? "flex" : "hidden"} w-full flex-col items-stretch gap-3 border-t border-gray-200 pt-3 sm:contents`}
      >
        {children}
      </div>
    </div>
  );
}
