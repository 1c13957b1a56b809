import "server-only";
import { cookies } from "next/headers";
import type { AuthenticatedMember } from "@/server/accounts/service";
import { sessionMaxAgeSeconds } from "./config";
import { mintSessionToken, sessionCookieFor } from "./session-cookie";

/**
 * After "sign out everywhere" or a password change the member's session version moves on; this
 * browser gets a fresh session cookie carrying the new version, so only the others are signed out.
 */
export async function reissueSession(member: AuthenticatedMember): Promise<void> {
  const { name, secure } = sessionCookieFor();
  const token = await mintSessionToken(member, name, sessionMaxAgeSeconds);
  (await cookies()).set(name, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: sessionMaxAgeSeconds });
}
