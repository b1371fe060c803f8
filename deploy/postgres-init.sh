#!/bin/sh
# Runs once, when the compose file's Postgres initialises its data directory: creates the role
# the app connects as. The owner (POSTGRES_USER) migrates; the app role gets row rights only,
# granted by debtboard after each migrate (README, "Database roles").
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$DEBTBOARD_APP_PASSWORD" <<'SQL'
CREATE ROLE debtboard_app LOGIN PASSWORD :'app_password';
SQL
