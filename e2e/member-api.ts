import { expect, type APIRequestContext } from "@playwright/test";

/*
 * Members made through the app's own public API, the way a browser would make them, without
 * filling in the sign-up form: `account.signUp`, the verification link from the dev mailbox
 * (local mode only, like the whole end-to-end server), `account.verifyEmail`, and next-auth's
 * credentials sign-in. Nothing here exists only for tests, so nothing extra ships to production.
 * The form path itself is covered once, in accounts.spec.ts.
 */

export type Member = { email: string; name: string; password: string };

type TrpcReply<T> = { result?: { data?: { json?: T } }; error?: { json?: { message?: string } } };

async function trpcResult<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, procedure: string): Promise<T> {
  const reply = (await response.json().catch(() => ({}))) as TrpcReply<T>;
  if (!response.ok() || !reply.result?.data) throw new Error(`${procedure} answered ${response.status()}: ${reply.error?.json?.message ?? "no result"}`);
  return reply.result.data.json as T;
}

/** A tRPC mutation over HTTP, unbatched, in the superjson envelope the app's client uses. */
async function mutate<T>(api: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  return trpcResult<T>(await api.post(`/api/trpc/${procedure}`, { data: { json: input } }), procedure);
}

async function query<T>(api: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  return trpcResult<T>(await api.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`), procedure);
}

/** The newest verification link the outbox worker delivered to the dev mailbox for `email`. */
async function verificationToken(api: APIRequestContext, email: string): Promise<string> {
  let token: string | undefined;
  await expect(async () => {
    const emails = await query<{ textBody: string }[]>(api, "devMailbox.list", { to: email, limit: 10 });
    token = emails.map((mail) => mail.textBody.match(/\/verify\?token=([\w-]+)/)?.[1]).find(Boolean);
    expect(token, `a verification link emailed to ${email}`).toBeTruthy();
  }).toPass({ timeout: 30_000, intervals: [200, 500, 1000] });
  return token!;
}

export type NewMember = Member & { timezone: string; verified: boolean };

/** Confirms the member's email with the link the dev mailbox received. */
export async function verifyEmail(api: APIRequestContext, email: string): Promise<void> {
  await mutate(api, "account.verifyEmail", { token: await verificationToken(api, email) });
}

export async function createMember(api: APIRequestContext, member: NewMember): Promise<void> {
  const { email, name, password, timezone } = member;
  await mutate(api, "account.signUp", { email, password, confirmPassword: password, displayName: name, timezone, ageConfirmed: true });
  if (member.verified) await verifyEmail(api, email);
}

/**
 * Signs in through next-auth's credentials endpoint with `api`, which should be a browser
 * context's own request context (`context.request`): the session cookie lands in that context.
 */
export async function signInThroughApi(api: APIRequestContext, member: Member): Promise<void> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email: member.email, password: member.password, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  // Success and failure both redirect; only a failure names an error.
  const location = response.headers()["location"] ?? "";
  expect(response.status(), `sign-in for ${member.email} redirects`).toBe(302);
  expect(location, `sign-in for ${member.email} succeeds`).not.toContain("error=");
}
