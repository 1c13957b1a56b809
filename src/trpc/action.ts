import "server-only";
import { getTRPCErrorFromUnknown } from "@trpc/server";
import { log } from "@/server/log";
import { publicError } from "@/server/trpc/init";
import type { ActionResult } from "@/shared/api/action-result";
import { caller } from "./server";

type Api = Awaited<ReturnType<typeof caller>>;

/**
 * Runs one procedure for a server action, through the same caller as Server Components: its zod
 * input, middlewares (session, rate limits) and service authorization all apply. Pages' forms use
 * actions instead of the browser's API client, so they ship none of it. A failure comes back as
 * the API would answer it (safe message, code, field errors), never as a thrown error.
 */
export async function runAction<T>(call: (api: Api) => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call(await caller()) };
  } catch (thrown) {
    const error = getTRPCErrorFromUnknown(thrown);
    if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error }, "server action failed");
    return { ok: false, error: publicError(error) };
  }
}
