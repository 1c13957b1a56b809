import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { currentSession, type AuthenticatedMember } from "@/server/accounts/service";
import { getDb } from "@/server/db/client";
import { authSecret, sessionCookieNames } from "./session-cookie";

/**
 * The member a session token stands for, re-checked against the database: the same rules as the
 * `jwt` callback in config.ts (active member, current session version, session not ended).
 */
export async function sessionUserFromToken(token: string, cookieName: string): Promise<AuthenticatedMember | null> {
  let claims: JWT | null;
  try {
    claims = await decode({ token, secret: authSecret(), salt: cookieName });
  } catch {
    return null; // tampered, expired, or sealed with another secret
  }
  if (typeof claims?.sub !== "string" || typeof claims.sv !== "number" || typeof claims.sid !== "string") return null;
  return currentSession(getDb(), claims.sub, claims.sv, claims.sid);
}

/**
 * The signed-in member, read and re-checked once per server render or call. Reads the cookie
 * itself rather than through Auth.js's whole session endpoint (no CSRF token, no re-sealed cookie
 * that a render could not send anyway), and through `cookies()`, so a server action that renews
 * the session (reissue.ts) re-renders the page with the new cookie, not the one it replaced.
 */
export const getSessionUser = cache(async (): Promise<AuthenticatedMember | null> => {
  const store = await cookies();
  for (const name of [sessionCookieNames.secure, sessionCookieNames.plain]) {
    const token = store.get(name)?.value;
    if (token) return sessionUserFromToken(token, name);
  }
  return null;
});
