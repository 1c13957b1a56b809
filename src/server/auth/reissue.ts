import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { newSessionId, type AuthenticatedMember } from "@/server/accounts/service";
import { sessionMaxAgeSeconds } from "./config";
import { authSecret, issuedSessionCookieName } from "./session-cookie";

/**
 * After "sign out everywhere" or a password change the member's session version moves on; this
 * browser gets a fresh session cookie carrying the new version, so only the others are signed out.
 */
export async function reissueSession(member: AuthenticatedMember): Promise<void> {
  const name = issuedSessionCookieName();
  const secure = name.startsWith("__Secure-");
  const token = await encode({ salt: name, secret: authSecret(), maxAge: sessionMaxAgeSeconds, token: { sub: member.id, role: member.role, sv: member.sessionVersion, sid: newSessionId() } });
  (await cookies()).set(name, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: sessionMaxAgeSeconds });
}
