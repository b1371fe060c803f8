"use server";
// Sign out: end the session in the database, clear the cookies (better-auth's nextCookies
// plugin writes them through next/headers), and go to the sign-in page.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/server/auth/auth";

export async function signOut(): Promise<void> {
  await auth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
