import "server-only";
import { devMailboxRouter } from "./routers/dev-mailbox";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  devMailbox: devMailboxRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
