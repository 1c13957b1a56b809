import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";
import { maxBatchSize } from "@/shared/api/batch";

let client: TRPCClient<AppRouter> | undefined;

/**
 * The API client the live editor needs (its updates and presence stream over SSE, which server
 * actions cannot), without react-query: only the editor's own chunk loads it. One per page.
 */
export function liveClient(): TRPCClient<AppRouter> {
  return (client ??= createTRPCClient<AppRouter>({
    links: [
      // Subscriptions stream over SSE (EventSource resends the last tracked id on reconnect).
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url: "/api/trpc", transformer: superjson }),
        false: httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: maxBatchSize }),
      }),
    ],
  }));
}
