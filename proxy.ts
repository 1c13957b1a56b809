import { NextResponse, type NextRequest } from "next/server";
import { isCrossSite, originOf } from "@/server/http/cross-site";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/server/http/security-headers";

/** Endpoints that act with the member's cookies: only our own pages may call them. */
const guardedApis = ["/api/trpc", "/api/auth"];

/**
 * Runs before every request (Next.js 16's proxy): refuses other sites' requests to the API, and
 * gives each page a fresh script nonce in its Content-Security-Policy.
 */
export function proxy(request: NextRequest) {
  const appUrl = process.env.APP_URL;
  const { pathname } = request.nextUrl;
  const hsts = strictTransportSecurity(appUrl);

  if (guardedApis.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    if (isCrossSite(request.headers, originOf(appUrl))) {
      return NextResponse.json({ error: "Requests from other sites are not accepted." }, { status: 403, headers: { "Cache-Control": "no-store" } });
    }
    const response = NextResponse.next();
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https: appUrl?.startsWith("https://") ?? false });
  // Next.js reads the policy from the request to put the nonce on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything but build output and static files, which carry no member data and run no inline script.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
