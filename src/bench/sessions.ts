import { encode } from "next-auth/jwt";
import { newSessionId } from "../server/accounts/service";

/** The session cookie's name on a plain-http APP_URL, as Auth.js and reissueSession name it. */
export const sessionCookieName = "authjs.session-token";

/**
 * A `Cookie` header holding a session for `member`, minted as reissueSession mints one (the same
 * JWT claims, salt and secret), so the server re-checks it against the database like any other.
 */
export async function sessionCookie(member: { id: string; sessionVersion?: number }, secret: string): Promise<string> {
  const token = await encode({
    salt: sessionCookieName,
    secret,
    // A benchmark lasts minutes; the app's own cookies last 30 days.
    maxAge: 24 * 60 * 60,
    token: { sub: member.id, role: "MEMBER", sv: member.sessionVersion ?? 0, sid: newSessionId() },
  });
  return `${sessionCookieName}=${token}`;
}
