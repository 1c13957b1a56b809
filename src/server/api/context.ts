import "server-only";
import { auth } from "@/server/auth/config";
import { clientIp } from "@/server/auth/client-ip";
import { reissueSession } from "@/server/auth/reissue";
import { getDb } from "@/server/db/client";
import type { Context } from "./trpc";

/** Per-request context: the database, the member's session (validated on every call) and the caller's address. */
export async function createTRPCContext(opts: { headers: Headers }): Promise<Context> {
  const session = await auth();
  return {
    db: getDb(),
    session: session?.user?.id ? { user: session.user } : null,
    headers: opts.headers,
    ip: clientIp(opts.headers),
    renewSession: reissueSession,
  };
}
