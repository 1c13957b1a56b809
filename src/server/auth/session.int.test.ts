import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { endSession } from "@/server/accounts/service";
import { getDb } from "@/server/db/client";
import { createMember } from "@/test/factories";
import { sessionUserFromToken } from "./session";
import { sessionCookieNames } from "./session-cookie";

const db = getDb();
const name = sessionCookieNames.plain;
const secret = process.env.AUTH_SECRET as string;

async function tokenFor(claims: Record<string, unknown>, options: { salt?: string; secret?: string; maxAge?: number } = {}) {
  return encode({ salt: options.salt ?? name, secret: options.secret ?? secret, maxAge: options.maxAge ?? 3600, token: claims });
}

describe("sessionUserFromToken (the session check of every render and call)", () => {
  it("reads a valid token as its member, with the role from the database", async () => {
    const member = await createMember(db);
    await db.member.update({ where: { id: member.id }, data: { role: "MODERATOR" } });
    const token = await tokenFor({ sub: member.id, role: "MEMBER", sv: 0, sid: "s1" });
    expect(await sessionUserFromToken(token, name)).toEqual({ id: member.id, role: "MODERATOR", sessionVersion: 0 });
  });

  it("refuses a tampered token, one sealed with another secret or for the other cookie name, and an expired one", async () => {
    const member = await createMember(db);
    const claims = { sub: member.id, role: "MEMBER", sv: 0, sid: "s1" };
    const good = await tokenFor(claims);
    const tampered = `${good.slice(0, -4)}${good.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    const expired = await tokenFor(claims, { maxAge: -60 });
    expect(await sessionUserFromToken(tampered, name)).toBeNull();
    expect(await sessionUserFromToken(await tokenFor(claims, { secret: "another-secret-entirely-0123456789" }), name)).toBeNull();
    expect(await sessionUserFromToken(good, sessionCookieNames.secure)).toBeNull();
    expect(await sessionUserFromToken(expired, name)).toBeNull();
    expect(await sessionUserFromToken("not a token", name)).toBeNull();
  });

  it("refuses a token without its claims, an old session version, an ended session and a suspended or deleted member", async () => {
    const member = await createMember(db);
    const suspended = await createMember(db);
    const deleted = await createMember(db);
    await db.member.update({ where: { id: member.id }, data: { sessionVersion: 1 } });
    await db.member.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    await db.member.update({ where: { id: deleted.id }, data: { status: "DELETED" } });
    await endSession(db, { sessionId: "ended", memberId: member.id, expiresAt: new Date(Date.now() + 3600_000) });
    const answers = await Promise.all([
      tokenFor({ sub: member.id, role: "MEMBER", sid: "s1" }),
      tokenFor({ sub: member.id, role: "MEMBER", sv: 0, sid: "s1" }),
      tokenFor({ sub: member.id, role: "MEMBER", sv: 1, sid: "ended" }),
      tokenFor({ sub: suspended.id, role: "MEMBER", sv: 0, sid: "s1" }),
      tokenFor({ sub: deleted.id, role: "MEMBER", sv: 0, sid: "s1" }),
    ]).then((tokens) => Promise.all(tokens.map((token) => sessionUserFromToken(token, name))));
    expect(answers).toEqual([null, null, null, null, null]);
    // The member's current session still stands.
    expect(await sessionUserFromToken(await tokenFor({ sub: member.id, role: "MEMBER", sv: 1, sid: "s2" }), name)).toMatchObject({ id: member.id });
  });
});
