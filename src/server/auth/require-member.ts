import "server-only";
import { redirect } from "next/navigation";
import { getSessionUser } from "./session";

/** For pages that need a member: the session, or a redirect to sign-in that comes back here. */
export async function requireMember(returnTo: string) {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Only same-site paths may be returned to after signing in. */
export function safeReturnPath(value: unknown, fallback = "/dashboard"): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
