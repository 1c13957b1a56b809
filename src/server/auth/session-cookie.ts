import "server-only";
import { decode, encode } from "next-auth/jwt";
import { currentSession, newSessionId, type AuthenticatedMember } from "@/server/accounts/service";
import type { Db } from "@/server/db/client";
import { log } from "@/server/log";

/** Auth.js's session cookie on https (`__Secure-` can only be set over https) and on plain http. */
const cookieNames = { secure: "__Secure-authjs.session-token", plain: "authjs.session-token" } as const;

export type SessionCookie = { name: string; secure: boolean };

/** The cookie Auth.js uses for this deployment: secure when the app's URL is https. */
export function sessionCookieFor(appUrl = process.env.AUTH_URL ?? process.env.APP_URL ?? ""): SessionCookie {
  const secure = appUrl.startsWith("https://");
  return { name: secure ? cookieNames.secure : cookieNames.plain, secure };
}

/** The secret Auth.js encrypts session tokens with (next-auth reads the same variables). */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return secret;
}

/** A session token as sign-in mints it (Auth.js's salt is the cookie's name). */
export function mintSessionToken(member: AuthenticatedMember, cookieName: string, maxAgeSeconds: number): Promise<string> {
  return encode({ salt: cookieName, secret: authSecret(), maxAge: maxAgeSeconds, token: { sub: member.id, role: member.role, sv: member.sessionVersion, sid: newSessionId() } });
}

/** Reads a cookie by name: `get` as on Next's `cookies()`. */
export type CookieReader = { get(name: string): { value: string } | undefined };

/** A cookie's value, joined from Auth.js's chunks (`name.0`, `name.1`, …) if it had to split a large one. */
function cookieValue(cookies: CookieReader, name: string): string | null {
  const whole = cookies.get(name)?.value;
  if (whole) return whole;
  const chunks: string[] = [];
  for (let chunk = cookies.get(`${name}.0`); chunk; chunk = cookies.get(`${name}.${chunks.length}`)) chunks.push(chunk.value);
  return chunks.length ? chunks.join("") : null;
}

/**
 * The signed-in member from the request's session cookie, checked as Auth.js's jwt callback
 * checks it (src/server/auth/config.ts): a token Auth.js would decrypt and accept (same secret,
 * same salt, expiry with its 15 s tolerance), then `currentSession`, so "sign out everywhere", a
 * password change, signing out, suspension and deletion end the session on its next request.
 *
 * Auth.js's session endpoint does the same plus a CSRF token and a re-encrypted cookie that a
 * server render cannot send anyway: renewing and ending sessions stay with Auth.js (/api/auth/*,
 * `signOut`) and `reissueSession`.
 */
export async function readSession(db: Db, cookies: CookieReader): Promise<AuthenticatedMember | null> {
  for (const name of [cookieNames.secure, cookieNames.plain]) {
    const token = cookieValue(cookies, name);
    if (!token) continue;
    let claims: Record<string, unknown> | null;
    try {
      claims = await decode({ token, secret: authSecret(), salt: name });
    } catch (error) {
      // A tampered, expired or foreign token: signed out, as Auth.js would treat it. Never log the token.
      log.warn({ reason: error instanceof Error ? error.name : "unknown" }, "session cookie refused");
      return null;
    }
    if (typeof claims?.sub !== "string" || typeof claims.sv !== "number" || typeof claims.sid !== "string") return null;
    return currentSession(db, claims.sub, claims.sv, claims.sid);
  }
  return null;
}
