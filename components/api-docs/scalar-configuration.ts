import type { ApiReferenceConfigurationWithMultipleSources } from "@scalar/api-reference-react";

/**
 * Scalar's light theme writes secondary and muted text in #707070 and #8e8e8e, below the 4.5:1
 * that WCAG AA asks of text on its white and #f6f6f6 backgrounds. Darker greys, same order
 * (color-1 darkest): #4b5563 is 7.6:1 on white, #595959 7.0:1 (6.5:1 on #f6f6f6). Scalar's own
 * rules sit in cascade layers, so these unlayered ones win.
 */
export const SCALAR_CONTRAST_CSS = `.light-mode {
  --scalar-color-2: #4b5563;
  --scalar-color-3: #595959;
}`;

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
    customCss: SCALAR_CONTRAST_CSS,
  };
}
