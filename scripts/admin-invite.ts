// npm run admin:invite -- <email> — prints a one-time link that makes <email> an organisation
// admin (single use, expires after INVITATION_EXPIRY_HOURS; audited). For whoever runs the
// server: the first admin of a deployment, or a way back in when every admin is gone.
import { ConfigError, parseEnv, publicUrlOf } from "@/lib/config/env";
import { createPrismaClient } from "@/lib/server/db/client";
import { inviteAdminByCommand } from "@/lib/server/members/invite-first-admin";

async function main() {
  const settings = parseEnv(process.env);
  const email = process.argv
    .slice(2)
    .find((a) => !a.startsWith("-"))
    ?.trim()
    .toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    console.error("Usage: npm run admin:invite -- person@example.com");
    process.exit(2);
  }
  if (!settings.DATABASE_URL) {
    console.error("DATABASE_URL is not set. (The embedded demo has its admin already: see the sign-in page.)");
    process.exit(2);
  }
  const db = createPrismaClient(settings.DATABASE_URL, 1);
  try {
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
      console.error(`${email} already has an account; an admin can make it an admin on /settings/members.`);
      process.exit(1);
    }
    const invitation = await inviteAdminByCommand(db, email, publicUrlOf(settings));
    console.log(`Admin invitation for ${email} (single use, valid until ${invitation.expiresAt.toISOString()}):`);
    console.log(invitation.url);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
