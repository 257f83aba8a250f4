/** Only same-site paths are followed after sign-in, never another origin. */
export function safeCallbackUrl(value: string | undefined | null, fallback = "/workspaces"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
