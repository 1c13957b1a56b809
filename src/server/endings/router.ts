import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zPartnershipIdInput } from "@/server/partnerships/schemas";
import { zEndInput, zReflectInput } from "@/shared/endings/rules";
import * as endings from "./service";

/** Ending a partnership gracefully, and the private reflection afterwards (PRODUCT.md §9). */
export const endingsRouter = createTRPCRouter({
  /** Where the partnership stands for the ending flow: a chosen ending as this member may see it, the next check-in. */
  status: protectedProcedure.input(zPartnershipIdInput).query(({ ctx, input }) => endings.endingStatus(ctx.db, ctx.session.user.id, input.partnershipId)),
  /** Ends an ACTIVE or PAUSED partnership now, or plans it after one final check-in. */
  end: protectedProcedure.input(zEndInput).mutation(({ ctx, input }) => endings.endPartnership(ctx.db, ctx.session.user.id, input)),
  /** Saves the member's own private reflection on an ended partnership. */
  reflect: protectedProcedure.input(zReflectInput).mutation(({ ctx, input }) => endings.reflect(ctx.db, ctx.session.user.id, input)),
  /** The member's own reflection, or null. */
  reflection: protectedProcedure.input(zPartnershipIdInput).query(({ ctx, input }) => endings.reflection(ctx.db, ctx.session.user.id, input.partnershipId)),
});
