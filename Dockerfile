# syntax=docker/dockerfile:1
# debtboard's container image (README, "Container"). Two stages: `build` installs everything and
# makes the production build; `run` carries the app, its build and node_modules, and runs as the
# unprivileged `node` user. The image migrates, loads the checklist and serves on start
# (`scripts/start.ts --prebuilt`, no rebuild); give it DATABASE_URL (+ DATABASE_OWNER_URL) and
# BETTER_AUTH_SECRET. Without DATABASE_URL it runs the embedded demo in /app/.data.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
# Dependencies first (cached while only sources change); npm ci's postinstall generates the Prisma client.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/prisma-generate.mjs && node_modules/.bin/next build

FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000 DEBTBOARD_DATA_DIR=/app/.data
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/tsconfig.json /app/next.config.js /app/prisma.config.ts ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/.next .next
COPY --from=build --chown=node:node /app/prisma prisma
COPY --from=build --chown=node:node /app/lib lib
COPY --from=build --chown=node:node /app/scripts scripts
COPY --from=build --chown=node:node /app/app app
COPY --from=build --chown=node:node /app/components components
COPY --from=build --chown=node:node /app/public public
COPY --from=build --chown=node:node /app/proxy.ts proxy.ts
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# Liveness; orchestrators should use /api/health/ready for readiness.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains in-flight requests (SHUTDOWN_TIMEOUT_SECONDS, 25 by default): give `docker stop` more (-t 30).
STOPSIGNAL SIGTERM
CMD ["node_modules/.bin/tsx", "scripts/start.ts", "--prebuilt"]
