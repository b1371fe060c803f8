#!/usr/bin/env bash
# The container image's smoke test (run by .ci/run where a container runtime answers): build the
# image, start it beside Postgres 15 with the owner/app roles of compose.yaml, and check that it
# runs as non-root, becomes ready (migrated through the owner, serving as the app role), prints a
# first-admin link that opens, and stops cleanly on SIGTERM. Exit 0 = passed; 3 = skipped (reason printed).
set -euo pipefail
cd "$(dirname "$0")/.."

engine=""
for candidate in docker podman; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" info >/dev/null 2>&1; then engine=$candidate; break; fi
done
if [ -z "$engine" ]; then
  found=$(command -v docker podman 2>/dev/null | tr '\n' ' ')
  if [ -z "$found" ]; then echo "SKIPPED container image: no docker or podman on this machine"
  else echo "SKIPPED container image: ${found}is installed but no container daemon answers ('info' failed)"; fi
  exit 3
fi
for image in node:20-bookworm-slim postgres:15; do
  if ! "$engine" image inspect "$image" >/dev/null 2>&1 && ! "$engine" pull -q "$image" >/dev/null 2>&1; then
    echo "SKIPPED container image: $engine cannot pull $image (no access to its registry from here)"
    exit 3
  fi
done

run_id="debtboard-smoke-$$"
net="$run_id-net"
tag="debtboard:$run_id"
cleanup() {
  "$engine" rm -f "$run_id-app" "$run_id-pg" >/dev/null 2>&1 || true
  "$engine" network rm "$net" >/dev/null 2>&1 || true
  "$engine" image rm -f "$tag" >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail() { echo "container smoke test FAILED: $*"; "$engine" logs "$run_id-app" 2>&1 | tail -n 40 || true; exit 1; }

echo "Building the image with $engine…"
"$engine" build -q -t "$tag" . >/dev/null
"$engine" network create "$net" >/dev/null
"$engine" run -d --name "$run_id-pg" --network "$net" \
  -e POSTGRES_USER=debtboard_owner -e POSTGRES_PASSWORD=owner-pw -e POSTGRES_DB=debtboard \
  -e DEBTBOARD_APP_PASSWORD=app-pw \
  -v "$PWD/deploy/postgres-init.sh:/docker-entrypoint-initdb.d/10-debtboard-app-role.sh:ro" \
  postgres:15 >/dev/null
for _ in $(seq 1 60); do
  "$engine" exec "$run_id-pg" pg_isready -U debtboard_owner -d debtboard >/dev/null 2>&1 && break
  sleep 1
done
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$engine" run -d --name "$run_id-app" --network "$net" -p "127.0.0.1:$port:3000" \
  -e DATABASE_OWNER_URL="postgres://debtboard_owner:owner-pw@$run_id-pg:5432/debtboard" \
  -e DATABASE_URL="postgres://debtboard_app:app-pw@$run_id-pg:5432/debtboard" \
  -e BETTER_AUTH_SECRET="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')" \
  -e BETTER_AUTH_URL="http://127.0.0.1:$port" \
  "$tag" >/dev/null

uid=$("$engine" exec "$run_id-app" id -u)
[ "$uid" != "0" ] || fail "the app runs as root"
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/api/health/ready" >/dev/null 2>&1 && break
  "$engine" ps --format '{{.Names}}' | grep -q "$run_id-app" || fail "the app container exited"
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/api/health/ready" | grep -q '"ready"' || fail "not ready within 2 minutes"
"$engine" logs "$run_id-app" 2>&1 | grep -q "Warning: the app's database connection can disable" &&
  fail "the app connects with rights to disable the audit trigger"
link=$("$engine" logs "$run_id-app" 2>&1 | grep -o "http://127.0.0.1:$port/invite/[A-Za-z0-9_-]*" | head -n 1)
[ -n "$link" ] || fail "no first-admin link printed"
curl -fsS "$link" | grep -q "Set up debtboard" || fail "the first-admin link does not open"
"$engine" stop -t 30 "$run_id-app" >/dev/null
code=$("$engine" inspect -f '{{.State.ExitCode}}' "$run_id-app")
[ "$code" = "0" ] || fail "exit code $code after SIGTERM"
"$engine" logs "$run_id-app" 2>&1 | grep -q '"msg":"stopped"' || fail "no graceful stop in the logs"
echo "Container image: builds, runs as uid $uid, ready on Postgres 15 as the app role, first-admin link opens, stops cleanly."
