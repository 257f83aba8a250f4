# syntax=docker/dockerfile:1
# One image for the web app (`npm start`, the default command) and the worker
# (`npm run worker`); see compose.yaml. Build: docker build -t realised .
# Settings come from the environment at run time (.env.example); none are baked in.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The npm major the project uses (README: npm 11); the base image ships npm 10.
RUN npm install -g npm@11.19.1 --no-audit --no-fund
# What `npm ci` needs, including the postinstall (Prisma client generation).
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/postinstall.mjs scripts/prisma-cli.mjs ./scripts/
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .next/cache

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
RUN npm install -g npm@11.19.1 --no-audit --no-fund
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# Sources stay: scripts/start.ts and scripts/worker.ts run through tsx and apply the
# migrations in prisma/ at start.
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# npm runs `exec node …`, so SIGTERM reaches the server, which drains requests and exits 0.
CMD ["npm", "start"]
