import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/server/db/client";
import type { AuthTokenPurpose } from "@/generated/prisma/client";

export const tokenLifetimeMs: Record<AuthTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a single-use token; only its hash is stored. Returns the raw token for the email link. */
export async function issueToken(tx: Tx, memberId: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.authToken.create({ data: { memberId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + tokenLifetimeMs[purpose]) } });
  return token;
}

/**
 * Uses a token up: succeeds for exactly one caller even when the same link is opened twice at
 * once (the conditional update is the lock). Returns the member's id, or null when the token is
 * unknown, expired or already used.
 */
export async function redeemToken(tx: Tx, token: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string | null> {
  const found = await tx.authToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, memberId: true, purpose: true } });
  if (!found || found.purpose !== purpose) return null;
  const used = await tx.authToken.updateMany({ where: { id: found.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return used.count === 1 ? found.memberId : null;
}
