import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { suggestionsFor } from "./suggestions";

export const matchingRouter = createTRPCRouter({
  /** The member's best suggestions this week, or why there are none yet. Takes no input. */
  suggestions: protectedProcedure.query(({ ctx }) => suggestionsFor(ctx.db, ctx.session.user.id)),
});
