// A real OpenID Connect provider for tests: the `oidc-provider` package (a certified OP) on a
// free loopback port, with one confidential client. Its login screen is automated: whoever
// `signInAs()` names signs in and consents, the way a person would click through, so the
// app's authorization-code flow (PKCE, state, nonce, ID-token signature) runs for real.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

export interface IdpAccount {
  sub: string;
  email: string;
  name: string;
  emailVerified?: boolean;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the next login on the provider's page is. */
  signInAs(account: IdpAccount): void;
  close(): Promise<void>;
}

export interface TestIdpOptions {
  redirectUris: string[];
  host?: string;
  /** Default: a free port. */
  port?: number;
  clientSecret?: string;
  /**
   * People the provider knows, by email. With it the login page is a real form (for browser
   * tests): type one of these emails. Without it, whoever `signInAs()` named is signed in.
   */
  directory?: IdpAccount[];
}

export async function startTestIdp(options: TestIdpOptions): Promise<TestIdp> {
  const host = options.host ?? "127.0.0.1";
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const clientId = "debtboard";
  const clientSecret = options.clientSecret ?? randomBytes(24).toString("hex");
  const directory = new Map((options.directory ?? []).map((a) => [a.email, a]));
  const accounts = new Map<string, IdpAccount>();
  let next: IdpAccount | null = null;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test", alg: "RS256", use: "sig" } as never] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    ttl: { Session: 3600, Grant: 3600, Interaction: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
        }),
      };
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  server.on("request", (req, res) => {
    if (!req.url?.startsWith("/interaction/")) return void callback(req, res);
    // The "login page": sign in whoever the test named, then consent to what the app asked for.
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === "login") {
          const who = options.directory ? await fromLoginForm(req, res, directory) : next;
          if (!who) return;
          accounts.set(who.sub, who);
          await provider.interactionFinished(
            req,
            res,
            { login: { accountId: who.sub } },
            { mergeWithLastSubmission: false },
          );
          return;
        }
        const grant = new provider.Grant({ accountId: details.session!.accountId, clientId });
        const scope = details.prompt.details.missingOIDCScope as string[] | undefined;
        if (scope) grant.addOIDCScope(scope.join(" "));
        const claims = details.prompt.details.missingOIDCClaims as string[] | undefined;
        if (claims) grant.addOIDCClaims(claims);
        await provider.interactionFinished(
          req,
          res,
          { consent: { grantId: await grant.save() } },
          { mergeWithLastSubmission: true },
        );
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
    })();
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (account) => {
      next = account;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The provider's login page: GET shows a form, POST signs in the person whose email was typed. */
async function fromLoginForm(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  directory: Map<string, IdpAccount>,
): Promise<IdpAccount | null> {
  if (req.method === "POST") {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    const email = new URLSearchParams(body).get("email")?.trim().toLowerCase() ?? "";
    const account = directory.get(email);
    if (account) return account;
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><title>Test IdP</title><h1>Test IdP</h1>
<form method="post"><label>Email <input name="email" type="email" autofocus></label><button type="submit">Continue</button></form>`);
  return null;
}
