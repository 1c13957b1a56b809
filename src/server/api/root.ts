import "server-only";
import { accountRouter } from "@/server/accounts/router";
import { matchingRouter } from "@/server/matching/router";
import { onboardingRouter } from "@/server/onboarding/router";
import { devMailboxRouter } from "./routers/dev-mailbox";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  onboarding: onboardingRouter,
  matching: matchingRouter,
  devMailbox: devMailboxRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
