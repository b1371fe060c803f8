// better-auth's endpoints: sign-in (email and password, SSO), the SSO callback, session, sign-out.
// Rate-limited and origin-checked by better-auth itself (lib/server/auth/auth.ts).
import { auth } from "@/lib/server/auth/auth";

const handler = (request: Request) => auth().handler(request);

export { handler as GET, handler as POST };
