import "server-only";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { log } from "@/server/log";
import type { Context } from "@/server/trpc/init";
import { maxBatchSize } from "@/shared/api/batch";

/** Answers one HTTP request to /api/trpc: the route handler's whole job, testable with any context. */
export async function handleTrpcRequest(req: Request, createContext: () => Context | Promise<Context>): Promise<Response> {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize,
    createContext,
    onError: ({ path, error }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") log.error({ path, err: error.cause ?? error }, "tRPC procedure failed");
    },
  });
  // Answers carry personal data: no browser or proxy may keep a copy.
  const streaming = response.headers.get("content-type")?.startsWith("text/event-stream") ?? false;
  response.headers.set("Cache-Control", streaming ? "no-store, no-transform" : "no-store");
  return response;
}
