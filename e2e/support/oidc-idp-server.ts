// The identity provider for the end-to-end tests (started by playwright.config.ts): a real
// OpenID Connect provider (oidc-provider) with a login form that knows the demo people.
import { DEMO_USERS } from "@/lib/server/seed/demo/people";
import { startTestIdp } from "../../test/integration/support/oidc-idp";

const port = Number(process.env.E2E_IDP_PORT);
const appBase = process.env.E2E_APP_URL;
const clientSecret = process.env.E2E_IDP_SECRET;
if (!port || !appBase || !clientSecret) throw new Error("E2E_IDP_PORT, E2E_APP_URL and E2E_IDP_SECRET are required");

const idp = await startTestIdp({
  port,
  clientSecret,
  redirectUris: [`${appBase}/api/auth/callback/oidc`],
  directory: DEMO_USERS.map((u) => ({ sub: `idp-${u.key}`, email: u.email, name: u.name })),
});
console.log(`test identity provider at ${idp.issuer}`);
process.on("SIGTERM", () => void idp.close().then(() => process.exit(0)));
