import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { zDeleteAccountInput } from "@/shared/accounts/delete-account";
import { deleteAccount } from "./delete-account";

/** Leaving Tandem (the export is a download route: app/settings/privacy/export). */
export const privacyRouter = createTRPCRouter({
  /** The browser signs itself out afterwards (the session is already refused on the server). */
  deleteAccount: protectedProcedure.input(zDeleteAccountInput).mutation(({ ctx, input }) => deleteAccount(ctx.db, ctx.session.user.id, input)),
});
