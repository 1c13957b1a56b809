import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate, currentSession, endSession, newSessionId } from "@/server/accounts/service";
import { zSignInInput } from "@/shared/accounts/schemas";
import { getDb } from "@/server/db/client";
import { log } from "@/server/log";
import { clientIp } from "./client-ip";

export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}
/** The right password for a suspended account: the form says so, calmly, with where to turn. */
class AccountSuspended extends CredentialsSignin {
  code = "suspended";
}

const refusals = { "rate-limited": TooManyAttempts, suspended: AccountSuspended, invalid: InvalidCredentials } as const;

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "MEMBER" | "MODERATOR"; sessionVersion: number };
  }
  interface User {
    role?: "MEMBER" | "MODERATOR";
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  logger: {
    // A wrong password is an expected answer, not an error worth a stack trace.
    error: (error) => {
      if (!(error instanceof CredentialsSignin)) log.error({ err: error }, "auth error");
    },
    warn: (code) => log.warn({ code }, "auth warning"),
    debug: () => {},
  },
  pages: { signIn: "/signin", error: "/signin" },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: async (raw, request) => {
        const parsed = zSignInInput.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await authenticate(getDb(), parsed.data, clientIp(request.headers));
        if (!result.ok) throw new refusals[result.reason]();
        return { id: result.member.id, role: result.member.role, sessionVersion: result.member.sessionVersion };
      },
    }),
  ],
  events: {
    /** Signing out ends the session on the server too: a copy of the old cookie is refused from now on. */
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid !== "string" || typeof token.sub !== "string") return;
      const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + sessionMaxAgeSeconds * 1000);
      await endSession(getDb(), { sessionId: token.sid, memberId: token.sub, expiresAt });
    },
  },
  callbacks: {
    /**
     * Runs on every request that reads the session. A session stands only while the member is
     * active and its version matches theirs: "sign out everywhere", a password change, suspension
     * or deletion end it on its next request. Client-sent updates are never trusted.
     */
    async jwt({ token, user }) {
      if (user?.id) return { ...token, sub: user.id, role: user.role, sv: user.sessionVersion, sid: newSessionId() };
      if (typeof token.sub !== "string" || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
      const current = await currentSession(getDb(), token.sub, token.sv, token.sid);
      return current ? { ...token, role: current.role } : null;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub as string, role: token.role as "MEMBER" | "MODERATOR", sessionVersion: token.sv as number },
      };
    },
  },
});
