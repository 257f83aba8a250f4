"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";
import { useMemo } from "react";
import { scalarConfiguration } from "./scalar-configuration";

/** Scalar's reader of the OpenAPI document; loaded only in the browser (see InteractiveReference). */
export default function ScalarReference({ documentUrl }: { documentUrl: string }) {
  // A stable object: Scalar re-applies its configuration whenever the prop changes.
  const configuration = useMemo(() => scalarConfiguration(documentUrl), [documentUrl]);
  return <ApiReferenceReact configuration={configuration} />;
}
