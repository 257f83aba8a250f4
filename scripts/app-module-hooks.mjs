// Node module hooks for scripts that load the app's modules outside Next.js (api:check,
// api:generate). next-auth's providers are CommonJS modules that set `exports.default`;
// Next.js' bundler unwraps that default, Node's ESM loader does not, so
// `import CredentialsProvider from "next-auth/providers/credentials"` would get the whole
// exports object. These specifiers get a small ES module that unwraps it.
import { fileURLToPath } from "node:url";

const UNWRAP_DEFAULT = [/^next-auth\/providers\//];

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (!UNWRAP_DEFAULT.some((pattern) => pattern.test(specifier)) || !resolved.url.startsWith("file:")) return resolved;
  const shim = [
    'import { createRequire } from "node:module";',
    `const required = createRequire(${JSON.stringify(resolved.url)})(${JSON.stringify(fileURLToPath(resolved.url))});`,
    "export default required && required.__esModule ? required.default : required;",
  ].join("\n");
  return { url: `data:text/javascript,${encodeURIComponent(shim)}`, format: "module", shortCircuit: true };
}
