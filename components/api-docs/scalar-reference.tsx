"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";
import { useEffect, useMemo, useRef } from "react";
import { scalarConfiguration } from "./scalar-configuration";

/**
 * Scalar renders its content in a <main> of its own, inside the page's one main landmark:
 * two main landmarks, and the skip link's target becomes ambiguous. Its element keeps its
 * label but is announced as a region; Scalar may re-create it, so this is re-applied.
 */
function demoteNestedMains(container: HTMLElement) {
  for (const main of container.querySelectorAll("main:not([role])")) main.setAttribute("role", "region");
}

/** Scalar's reader of the OpenAPI document; loaded only in the browser (see InteractiveReference). */
export default function ScalarReference({ documentUrl }: { documentUrl: string }) {
  // A stable object: Scalar re-applies its configuration whenever the prop changes.
  const configuration = useMemo(() => scalarConfiguration(documentUrl), [documentUrl]);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    demoteNestedMains(element);
    const observer = new MutationObserver(() => demoteNestedMains(element));
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={container}>
      <ApiReferenceReact configuration={configuration} />
    </div>
  );
}
