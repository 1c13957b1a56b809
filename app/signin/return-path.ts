import { safeReturnPath } from "@/server/auth/require-member";

/** Where to go after signing in: a same-site path, never back to the sign-in page itself. */
export function signInReturnPath(value: unknown): string {
  const path = safeReturnPath(value);
  const pathname = path.split(/[?#]/, 1)[0] ?? path;
  return pathname === "/signin" || pathname.startsWith("/signin/") ? "/dashboard" : path;
}
