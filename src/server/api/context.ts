import "server-only";
import { getDb } from "@/server/db/client";
import type { Context } from "./trpc";

/** Per-request context. Accounts (issue 3) fill in the session from next-auth. */
export async function createTRPCContext(opts: { headers: Headers }): Promise<Context> {
  return { db: getDb(), session: null, headers: opts.headers };
}
