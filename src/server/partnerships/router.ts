import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zCapacityInput, zPartnershipIdInput } from "./schemas";
import { decideNotToGoAhead } from "./not-going-ahead";
import * as partnerships from "./service";

export const partnershipsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => partnerships.listPartnerships(ctx.db, ctx.session.user.id)),
  get: protectedProcedure.input(zPartnershipIdInput).query(({ ctx, input }) => partnerships.getPartnership(ctx.db, ctx.session.user.id, input.partnershipId)),
  capacity: protectedProcedure.query(({ ctx }) => partnerships.getCapacity(ctx.db, ctx.session.user.id)),
  setCapacity: protectedProcedure.input(zCapacityInput).mutation(({ ctx, input }) => partnerships.setCapacity(ctx.db, ctx.session.user.id, input.capacity)),
  /** Either partner closes a draft they decided not to go ahead with (DRAFTING → ENDED). */
  notGoingAhead: protectedProcedure.input(zPartnershipIdInput).mutation(({ ctx, input }) => decideNotToGoAhead(ctx.db, ctx.session.user.id, input.partnershipId)),
});
