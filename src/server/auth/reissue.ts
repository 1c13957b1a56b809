import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { newSessionId, type AuthenticatedMember } from "@/server/accounts/service";
import { sessionMaxAgeSeconds } from "./config";

/**
 * After "sign out everywhere" or a password change the member's session version moves on; this
 * browser gets a fresh session cookie carrying the new version, so only the others are signed out.
 */
export async function reissueSession(member: AuthenticatedMember): Promise<void> {
  const secure = (process.env.AUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://");
  const name = `${secure ? "__Secure-" : ""}authjs.session-token`;
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  const token = await encode({ salt: name, secret, maxAge: sessionMaxAgeSeconds, token: { sub: member.id, role: member.role, sv: member.sessionVersion, sid: newSessionId() } });
  (await cookies()).set(name, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: sessionMaxAgeSeconds });
}
