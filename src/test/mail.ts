import { getDb } from "@/server/db/client";

/** The newest email queued to an address (whatever its delivery state). */
export async function lastEmailTo(to: string) {
  return getDb().emailOutbox.findFirst({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });
}

/** The token in the newest emailed link of the given path (/verify or /reset). */
export async function tokenFromEmail(to: string, path: "/verify" | "/reset"): Promise<string> {
  const email = await lastEmailTo(to);
  const match = email?.textBody.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`No ${path} link emailed to ${to}`);
  return match[1];
}
