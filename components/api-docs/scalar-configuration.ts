import type { ApiReferenceConfigurationWithMultipleSources } from "@scalar/api-reference-react";

/**
 * How the interactive reference is set up: it reads our own OpenAPI document and never
 * talks to anyone else. No web fonts (the CSP allows only our own, and the page must work
 * offline), no Scalar proxy, agent, MCP, telemetry, developer tools or "open in client"
 * button (each of those calls Scalar's services). "Test request" stays: it calls /api/v1
 * on this host, with a token the reader types in and that is not stored.
 * urlRouting is off so Scalar leaves the address alone: the #problem-… fragments the
 * problem documents link to belong to the server-rendered part of the page.
 */
export function scalarConfiguration(documentUrl: string): Partial<ApiReferenceConfigurationWithMultipleSources> {
  return {
    url: documentUrl,
    withDefaultFonts: false,
    telemetry: false,
    hideClientButton: true,
    showDeveloperTools: "never",
    agent: { disabled: true },
    mcp: { disabled: true },
    persistAuth: false,
    urlRouting: false,
    documentDownloadType: "none",
    forceDarkModeState: "light",
    hideDarkModeToggle: true,
    defaultHttpClient: { targetKey: "shell", clientKey: "curl" },
    layout: "modern",
  };
}
