import "server-only";
import { initTRPC, type TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/server/db/client";
import { AppError, type FieldErrors } from "@/server/errors";

export type SessionUser = { id: string; role: "MEMBER" | "MODERATOR"; sessionVersion: number };
export type Context = {
  db: Db;
  session: { user: SessionUser } | null;
  headers: Headers;
  /** The client's address, for rate limits. */
  ip: string;
  /** Gives this browser a fresh session after the member's session version moved on. */
  renewSession: (user: SessionUser) => Promise<void>;
};

/** Messages per field, keyed by the dotted path into the input ("answers.displayName"). */
function zodFieldErrors(error: ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    if (key) (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * What a failed call tells the caller: AppErrors keep their safe message and gain
 * `appCode`/`fieldErrors`; zod input errors become field errors; anything unexpected is reported
 * without its details. The API's answers and the server actions' results both use it.
 */
export function publicError(error: TRPCError) {
  const cause = error.cause;
  const fieldErrors = cause instanceof ZodError ? zodFieldErrors(cause) : error instanceof AppError ? error.fieldErrors : undefined;
  const appCode = error instanceof AppError ? error.appCode : cause instanceof ZodError ? "BAD_INPUT" : null;
  const message =
    error.code === "INTERNAL_SERVER_ERROR"
      ? "Something went wrong on our side. Please try again in a moment."
      : cause instanceof ZodError
        ? "Some details need another look."
        : error.message;
  return { message, data: { code: error.code, appCode, fieldErrors: fieldErrors ?? null } };
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const { message, data } = publicError(error);
    return { ...shape, message, data: { ...data, code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

/** A signed-in member; narrows `ctx.session` to non-null. */
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * A signed-in moderator. Everyone else is told the procedure isn't there (NOT_FOUND), so the admin
 * area gives nothing away. The role comes from the session, which is re-read from the database on
 * every request (src/server/auth/config.ts).
 */
export const moderatorProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.session.user.role !== "MODERATOR") throw new AppError("NOT_FOUND", "We couldn't find that page.");
  return next({ ctx });
});
