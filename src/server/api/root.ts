import "server-only";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "@/server/accounts/router";
import { agreementRouter } from "@/server/agreements/router";
import { blocksRouter } from "@/server/blocking/router";
import { calendarRouter } from "@/server/calendar/router";
import { checkInsRouter } from "@/server/check-ins/router";
import { endingsRouter } from "@/server/endings/router";
import { matchingRouter } from "@/server/matching/router";
import { moderationRouter } from "@/server/moderation/router";
import { notificationsRouter } from "@/server/notifications/router";
import { onboardingRouter } from "@/server/onboarding/router";
import { partnershipsRouter } from "@/server/partnerships/router";
import { pausesRouter } from "@/server/pauses/router";
import { privacyRouter } from "@/server/privacy/router";
import { reportsRouter } from "@/server/reports/router";
import { requestsRouter } from "@/server/requests/router";
import { reviewsRouter } from "@/server/reviews/router";
import { devMailboxRouter } from "./routers/dev-mailbox";
import { createCallerFactory, createTRPCRouter } from "../trpc/init";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  onboarding: onboardingRouter,
  matching: matchingRouter,
  requests: requestsRouter,
  partnerships: partnershipsRouter,
  agreement: agreementRouter,
  checkIns: checkInsRouter,
  reviews: reviewsRouter,
  endings: endingsRouter,
  pauses: pausesRouter,
  notifications: notificationsRouter,
  privacy: privacyRouter,
  blocks: blocksRouter,
  reports: reportsRouter,
  calendar: calendarRouter,
  moderation: moderationRouter,
  devMailbox: devMailboxRouter,
});

export type AppRouter = typeof appRouter;
/** What each procedure accepts and returns, by path: `RouterOutputs["requests"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
