import "server-only";

/** Auth.js's session cookie: `__Secure-` prefixed when Tandem is served over HTTPS. */
export const sessionCookieNames = { secure: "__Secure-authjs.session-token", plain: "authjs.session-token" } as const;

/** The name this deployment gives the cookie when it issues one (its address says HTTPS or not). */
export function issuedSessionCookieName(): string {
  const secure = (process.env.AUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://");
  return secure ? sessionCookieNames.secure : sessionCookieNames.plain;
}

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return secret;
}
