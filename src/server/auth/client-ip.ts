import "server-only";

/**
 * The client's address for rate limits. src/cli/serve.mjs overwrites X-Forwarded-For with the
 * socket's address unless TRUST_PROXY=true, in which case the first address your proxy recorded
 * is used (configure the proxy to set the header, not append a client's own).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first || "unknown";
}
