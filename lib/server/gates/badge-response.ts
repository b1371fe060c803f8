// An SVG badge response: without a token only when an admin made badges public (then cacheable
// by anyone for five minutes), else a valid token is required (401 in the API's error shape) and
// only private caches may keep it.
import { getRequestPrincipal } from "@/lib/server/auth/session";
import { errorResponse } from "@/lib/server/api/api-route";
import { AppError } from "@/lib/server/errors";
import { arePublicBadgesEnabled } from "./public-badges";

export function badgeRoute<C>(render: (context: C) => Promise<string>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const isPublic = await arePublicBadgesEnabled();
      if (!isPublic && !(await getRequestPrincipal(request)))
        throw new AppError(
          "unauthenticated",
          "Badges need an API token (Authorization: Bearer <token>) unless an admin makes them public.",
        );
      return new Response(await render(context), {
        headers: {
          "content-type": "image/svg+xml; charset=utf-8",
          "cache-control": isPublic ? "public, max-age=300" : "private, max-age=300",
          "x-content-type-options": "nosniff",
          "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
