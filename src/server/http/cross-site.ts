/**
 * Whether another site's page sent this request (a form or script on evil.example posting to our
 * API with the member's cookies). Browsers say so in `Sec-Fetch-Site`, and in `Origin` on every
 * POST; requests without either (server-side callers, curl, tests) come from no page at all.
 * `appOrigin` is APP_URL's origin; the Host the request was sent to is ours too (a browser always
 * sends the target's own host, so another site cannot borrow it).
 */
export function isCrossSite(headers: Headers, appOrigin: string | null): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === appOrigin) return false;
  const host = headers.get("host");
  return host === null || hostOf(origin) !== host.toLowerCase();
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed frames, file: pages) or garbage
  }
}

/** The origin of APP_URL, or null when it is unset or not a URL. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
