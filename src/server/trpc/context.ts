import "server-only";
import { clientIp } from "@/server/auth/client-ip";
import { reissueSession } from "@/server/auth/reissue";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import type { Context } from "./init";

/** Per-request context: the database, the member's session (validated on every call) and the caller's address. */
export async function createTRPCContext(opts: { headers: Headers }): Promise<Context> {
  const user = await getSessionUser();
  return {
    db: getDb(),
    session: user ? { user } : null,
    headers: opts.headers,
    ip: clientIp(opts.headers),
    renewSession: reissueSession,
  };
}
