// Next runs `register` once when a server starts (never during `next build`). In
// production a server without its required settings stops here with a message naming
// each of them, so even a bare `next start` explains itself instead of answering
// 503/500. `npm start` (scripts/start.ts) runs the same check before this.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { exitOnServerEnvProblems } = await import("./lib/config/require-server-env");
  exitOnServerEnvProblems(process.env, { mode: "production", role: "web", what: "Realised" });
}
