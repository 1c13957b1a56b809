import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./config";

/** For pages that need a member: the session, or a redirect to sign-in that comes back here. */
export async function requireMember(returnTo: string) {
  const session = await auth();
  if (!session?.user?.id) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return session.user;
}

/** Only same-site paths may be returned to after signing in. */
export function safeReturnPath(value: unknown, fallback = "/dashboard"): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
