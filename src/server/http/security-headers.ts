/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next.js
 * adds it to its own scripts when the policy is on the request too); 'strict-dynamic' lets those
 * scripts load the app's chunks. Styles allow inline attributes: components set widths with
 * `style`, which a nonce cannot cover. No other site may frame a page.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** 16 random bytes in base64: a fresh nonce per response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Browsers keep to HTTPS for a year once they have seen this; only sent when APP_URL is https. */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  return appUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
