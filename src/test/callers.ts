import { randomBytes } from "node:crypto";
import { createCaller } from "@/server/api/root";
import type { Context, SessionUser } from "@/server/trpc/init";
import { getDb } from "@/server/db/client";

export type TestContext = Context & { renewed: SessionUser[] };

/** A request context as the route handler builds it, with a distinct client address per call. */
export function testContext(options: { member?: { id: string; role?: SessionUser["role"]; sessionVersion?: number }; ip?: string } = {}): TestContext {
  const renewed: SessionUser[] = [];
  const { member } = options;
  return {
    db: getDb(),
    session: member ? { user: { id: member.id, role: member.role ?? "MEMBER", sessionVersion: member.sessionVersion ?? 0 } } : null,
    headers: new Headers(),
    ip: options.ip ?? `203.0.113.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`,
    renewSession: async (user) => {
      renewed.push(user);
    },
    renewed,
  };
}

/** Input that breaks a procedure's declared type on purpose, to test its runtime validation. */
export const malformed = <T>(value: unknown): T => value as T;

export function callerFor(options: Parameters<typeof testContext>[0] = {}) {
  const ctx = testContext(options);
  return { api: createCaller(ctx), ctx };
}
