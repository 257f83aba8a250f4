"use client";

import { createContext, useContext, type ReactNode } from "react";
import { MAIN_CONTENT_ID } from "@/lib/navigation/main-content";

const InsideMain = createContext(false);

/**
 * The page's one <main>, where the skip link lands (focusable from script only). Rendered
 * inside another one — a not-found page shown within the signed-in layout — it is a plain
 * <div>, so a page never has two main landmarks.
 */
export function MainLandmark({ className = "", children }: { className?: string; children: ReactNode }) {
  const inside = useContext(InsideMain);
  if (inside) return <div className={className}>{children}</div>;
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className={`${className} focus:outline-none`}>
      <InsideMain.Provider value>{children}</InsideMain.Provider>
    </main>
  );
}
