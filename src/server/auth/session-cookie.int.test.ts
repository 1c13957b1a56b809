import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { endSession, newSessionId } from "@/server/accounts/service";
import { getDb } from "@/server/db/client";
import { callerFor } from "@/test/callers";
import { createMember } from "@/test/factories";
import { mintSessionToken, readSession, sessionCookieFor, type CookieReader } from "./session-cookie";

const db = getDb();
const plain = "authjs.session-token";
const secure = "__Secure-authjs.session-token";
const hour = 60 * 60;

const jar = (cookies: Record<string, string>): CookieReader => ({ get: (name) => (name in cookies ? { value: cookies[name]! } : undefined) });
const tokenFor = (member: { id: string }, cookieName = plain, sessionVersion = 0) => mintSessionToken({ id: member.id, role: "MEMBER", sessionVersion }, cookieName, hour);
/** The claims Auth.js's jwt callback puts in a token, encrypted with any secret and lifetime. */
const claims = (member: { id: string }, sid = newSessionId()) => ({ sub: member.id, role: "MEMBER", sv: 0, sid });

describe("readSession (the session cookie, checked without Auth.js's session endpoint)", () => {
  it("reads a valid session from the plain and the secure cookie, with the role from the database", async () => {
    const member = await createMember(db);
    await db.member.update({ where: { id: member.id }, data: { role: "MODERATOR" } });
    const expected = { id: member.id, role: "MODERATOR", sessionVersion: 0 };
    expect(await readSession(db, jar({ [plain]: await tokenFor(member) }))).toEqual(expected);
    expect(await readSession(db, jar({ [secure]: await tokenFor(member, secure) }))).toEqual(expected);
  });

  it("joins a cookie Auth.js split into chunks", async () => {
    const member = await createMember(db);
    const token = await tokenFor(member);
    const half = Math.floor(token.length / 2);
    expect(await readSession(db, jar({ [`${plain}.0`]: token.slice(0, half), [`${plain}.1`]: token.slice(half) }))).toMatchObject({ id: member.id });
  });

  it("has no session without a cookie, or with another cookie's token", async () => {
    const member = await createMember(db);
    expect(await readSession(db, jar({}))).toBeNull();
    // The salt is the cookie's name: a token moved to the other cookie does not decrypt.
    expect(await readSession(db, jar({ [secure]: await tokenFor(member, plain) }))).toBeNull();
    expect(await readSession(db, jar({ [plain]: await tokenFor(member, secure) }))).toBeNull();
    expect(await readSession(db, jar({ "next-auth.session-token": await tokenFor(member) }))).toBeNull();
  });

  it("refuses a tampered token, one made with another secret and one without the session's claims", async () => {
    const member = await createMember(db);
    const token = await tokenFor(member);
    const flipped = token.slice(0, -5) + (token.at(-5) === "A" ? "B" : "A") + token.slice(-4);
    expect(await readSession(db, jar({ [plain]: flipped }))).toBeNull();
    expect(await readSession(db, jar({ [plain]: "not-a-token" }))).toBeNull();
    const foreign = await encode({ salt: plain, secret: "another-secret-that-is-long-enough-0123", maxAge: hour, token: claims(member) });
    expect(await readSession(db, jar({ [plain]: foreign }))).toBeNull();
    const withoutSid = await encode({ salt: plain, secret: process.env.AUTH_SECRET!, maxAge: hour, token: { sub: member.id, sv: 0 } });
    expect(await readSession(db, jar({ [plain]: withoutSid }))).toBeNull();
  });

  it("refuses an expired token", async () => {
    const member = await createMember(db);
    // Past Auth.js's 15 s clock tolerance.
    const expired = await encode({ salt: plain, secret: process.env.AUTH_SECRET!, maxAge: -60, token: claims(member) });
    expect(await readSession(db, jar({ [plain]: expired }))).toBeNull();
  });

  it("refuses a session that was signed out, or revoked by sign out everywhere, suspension or deletion", async () => {
    const member = await createMember(db);
    const sid = newSessionId();
    const signedOut = await encode({ salt: plain, secret: process.env.AUTH_SECRET!, maxAge: hour, token: claims(member, sid) });
    const other = await tokenFor(member);
    await endSession(db, { sessionId: sid, memberId: member.id, expiresAt: new Date(Date.now() + hour * 1000) });
    expect(await readSession(db, jar({ [plain]: signedOut }))).toBeNull();
    expect(await readSession(db, jar({ [plain]: other }))).not.toBeNull();

    await callerFor({ member }).api.account.signOutEverywhere();
    expect(await readSession(db, jar({ [plain]: other }))).toBeNull();
    const renewed = await tokenFor(member, plain, 1);
    expect(await readSession(db, jar({ [plain]: renewed }))).toMatchObject({ id: member.id, sessionVersion: 1 });

    await db.member.update({ where: { id: member.id }, data: { status: "SUSPENDED" } });
    expect(await readSession(db, jar({ [plain]: renewed }))).toBeNull();
    await db.member.update({ where: { id: member.id }, data: { status: "DELETED" } });
    expect(await readSession(db, jar({ [plain]: renewed }))).toBeNull();
  });
});

describe("sessionCookieFor", () => {
  it("uses the secure cookie only for an https deployment", () => {
    expect(sessionCookieFor("https://tandem.example")).toEqual({ name: secure, secure: true });
    expect(sessionCookieFor("http://127.0.0.1:3000")).toEqual({ name: plain, secure: false });
  });
});
