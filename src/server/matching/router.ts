import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zPassInput, zSuggestionFilters } from "@/shared/matching/schemas";
import { listPassed, passMember, unpassMember } from "./passes";
import { getCandidateIndex } from "./pool-index/process-index";
import { suggestionsFor } from "./suggestions";

export const matchingRouter = createTRPCRouter({
  /** The member's best suggestions this week, or why there are none yet; optionally filtered (rhythm, language, sobriety-friendly). */
  suggestions: protectedProcedure
    .input(zSuggestionFilters.optional())
    .query(({ ctx, input }) => suggestionsFor(ctx.db, ctx.session.user.id, new Date(), input ?? {}, getCandidateIndex())),
  /** "Not for me": hide a member from one's own suggestions; they are never told. */
  pass: protectedProcedure.input(zPassInput).mutation(({ ctx, input }) => passMember(ctx.db, { memberId: ctx.session.user.id, passedId: input.memberId })),
  /** Undo one's own pass. */
  unpass: protectedProcedure.input(zPassInput).mutation(({ ctx, input }) => unpassMember(ctx.db, { memberId: ctx.session.user.id, passedId: input.memberId })),
  /** The people one passed on, while the pass hides them. */
  passed: protectedProcedure.query(({ ctx }) => listPassed(ctx.db, ctx.session.user.id)),
});
