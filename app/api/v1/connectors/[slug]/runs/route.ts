// POST /api/v1/connectors/<slug>/runs[?dryRun=true]   run a connector. A file connector (dbt,
// feast, catalog-files) takes the file itself as the body (e.g. `--data-binary @target/manifest.json`,
// up to 50 MB) and needs a token with catalog:write; a remote one (mlflow) takes no body and needs
// org:admin. 200 with the run's report and its id; 400 names what is wrong, and nothing is written.
import { NextResponse } from "next/server";
import { apiRoute, readText } from "@/lib/server/api/api-route";
import {
  assertMayRunConnector,
  findConnector,
  MAX_CONNECTOR_FILE_BYTES,
  startConnectorRun,
} from "@/lib/server/connectors/start-connector-run";
import { InvalidInputError } from "@/lib/server/errors";

export const POST = apiRoute(async (request, context: RouteContext<"/api/v1/connectors/[slug]/runs">, principal) => {
  const def = findConnector((await context.params).slug);
  assertMayRunConnector(def, principal); // before the body is read
  const dryRunParam = new URL(request.url).searchParams.get("dryRun");
  if (dryRunParam !== null && dryRunParam !== "true" && dryRunParam !== "false")
    throw new InvalidInputError(`dryRun: use true or false (got "${dryRunParam}").`);
  const text = def.input.type === "file" ? await readText(request, MAX_CONNECTOR_FILE_BYTES) : null;
  const fileName = request.headers.get("x-file-name") ?? (def.input.type === "file" ? def.input.label : null);
  const report = await startConnectorRun(
    def,
    { text, fileName },
    { principal, source: "API", dryRun: dryRunParam === "true" },
  );
  return NextResponse.json(report);
});
