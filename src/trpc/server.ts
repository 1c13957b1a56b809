import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createTRPCContext } from "@/server/trpc/context";
import { createCaller } from "@/server/api/root";

const createContext = cache(async () => createTRPCContext({ headers: new Headers(await headers()) }));

/**
 * Server Components read through the same procedures as the browser (validation, authorization,
 * typed outputs), called directly: one context per request. Pages pass the results to client
 * components as props, so nothing is prefetched into a query cache.
 */
export const caller = cache(async () => createCaller(await createContext()));
