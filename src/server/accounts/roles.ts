import "server-only";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { zEmail } from "@/shared/accounts/schemas";

/** Makes a member a moderator (the first one comes from the CLI). Idempotent. */
export async function promoteToModerator(db: Db, rawEmail: string): Promise<{ displayName: string; alreadyModerator: boolean }> {
  const parsed = zEmail.safeParse(rawEmail);
  if (!parsed.success) throw new AppError("BAD_INPUT", "That doesn't look like an email address.");
  const member = await db.member.findUnique({ where: { email: parsed.data }, select: { id: true, displayName: true, role: true } });
  if (!member) throw new AppError("NOT_FOUND", `No member has the email ${parsed.data}.`);
  if (member.role !== "MODERATOR") await db.member.update({ where: { id: member.id }, data: { role: "MODERATOR" } });
  return { displayName: member.displayName, alreadyModerator: member.role === "MODERATOR" };
}
