import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { blockMember } from "@/server/blocking/service";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { listPassed, passMember } from "./passes";
import { suggestionsFor } from "./suggestions";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const dayMs = 24 * 60 * 60_000;

/** Two members who would be suggested to each other, sharing an hour nobody else's tests use. */
async function pair() {
  const hour = isolatedSchedule();
  const [a, b] = await Promise.all([onboardedMember(db, hour, { displayName: "Ola" }), onboardedMember(db, hour, { displayName: "Tala" })]);
  return { a, b, hour };
}
const suggestedTo = async (member: { id: string }, now?: Date) => (await suggestionsFor(db, member.id, now)).suggestions.map((s) => s.memberId);
const passRows = (memberId: string) => db.passedMember.count({ where: { memberId } });

describe("matching.pass", () => {
  it("hides them from the passer's suggestions only, tells them nothing, and lists them to undo", async () => {
    const { a, b } = await pair();
    expect(await suggestedTo(a)).toContain(b.id);
    const heardBefore = await db.notification.count({ where: { memberId: b.id } });

    expect(await apiOf(a).matching.pass({ memberId: b.id })).toEqual({ ok: true });

    expect(await suggestedTo(a)).not.toContain(b.id);
    // The other side sees nothing: still suggested the passer, no notice.
    expect(await suggestedTo(b)).toContain(a.id);
    expect(await db.notification.count({ where: { memberId: b.id } })).toBe(heardBefore);
    const listed = await apiOf(a).matching.passed();
    expect(listed).toEqual([expect.objectContaining({ memberId: b.id, displayName: "Tala" })]);
    expect(JSON.stringify(listed)).not.toContain("@");
    expect(await apiOf(b).matching.passed()).toEqual([]);

    expect(await apiOf(a).matching.unpass({ memberId: b.id })).toEqual({ ok: true });
    expect(await suggestedTo(a)).toContain(b.id);
    expect(await apiOf(a).matching.passed()).toEqual([]);
  });

  it("lapses after 90 days, like a decline", async () => {
    const { a, b } = await pair();
    const then = new Date(Date.now() - 91 * dayMs);
    await passMember(db, { memberId: a.id, passedId: b.id }, then);
    expect(await listPassed(db, a.id)).toEqual([]);
    expect(await suggestedTo(a)).toContain(b.id);
    // Passing again starts a new pass.
    await passMember(db, { memberId: a.id, passedId: b.id });
    expect(await suggestedTo(a)).not.toContain(b.id);
  });

  it("passing twice at once leaves one pass and no error", async () => {
    const { a, b } = await pair();
    const results = await Promise.allSettled([apiOf(a).matching.pass({ memberId: b.id }), apiOf(a).matching.pass({ memberId: b.id })]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await passRows(a.id)).toBe(1);
  });

  it("refuses oneself, an unknown or deleted member and someone in a block, writing nothing", async () => {
    const { a, b } = await pair();
    const gone = await createMember(db);
    await db.member.update({ where: { id: gone.id }, data: { status: "DELETED" } });
    const blocked = await onboardedMember(db);
    await blockMember(db, { blockerId: blocked.id, blockedId: a.id });

    await expect(apiOf(a).matching.pass({ memberId: a.id })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "You can't pass on yourself." });
    for (const memberId of ["cm0nobodyatall000000000000", gone.id, blocked.id]) {
      await expect(apiOf(a).matching.pass({ memberId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // A stranger cannot undo someone else's pass.
    await apiOf(a).matching.pass({ memberId: b.id });
    const stranger = await onboardedMember(db);
    await expect(apiOf(stranger).matching.unpass({ memberId: b.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await passRows(a.id)).toBe(1);
    expect(await passRows(stranger.id)).toBe(0);
  });

  it("refuses bad input with a clear error, never a 500, and writes nothing", async () => {
    const { a } = await pair();
    for (const memberId of ["", "a\u0000b", "x".repeat(41), "Not An Id", 42, null]) {
      await expect(apiOf(a).matching.pass(malformed({ memberId }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(apiOf(a).matching.unpass(malformed({ memberId }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(apiOf(a).matching.pass(malformed({}))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await passRows(a.id)).toBe(0);
  });

  it("asks anonymous callers to sign in", async () => {
    const { b } = await pair();
    await expect(callerFor().api.matching.pass({ memberId: b.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor().api.matching.passed()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("matching.suggestions filters", () => {
  it("narrows by rhythm, language and sobriety-friendly", async () => {
    const hour = isolatedSchedule();
    const me = await onboardedMember(db, hour);
    const weekly = await onboardedMember(db, { ...hour, commitment: { checkInFrequency: "WEEKLY" }, about: { languages: ["en", "pl"] }, values: { sobrietyFriendly: true } });
    const daily = await onboardedMember(db, { ...hour, commitment: { checkInFrequency: "DAILY" }, about: { languages: ["en"] }, values: { sobrietyFriendly: false } });
    const ids = async (input: Parameters<ReturnType<typeof apiOf>["matching"]["suggestions"]>[0]) =>
      (await apiOf(me).matching.suggestions(input)).suggestions.map((s) => s.memberId);

    expect(await ids(undefined)).toEqual(expect.arrayContaining([weekly.id, daily.id]));
    expect(await ids({ rhythm: "WEEKLY" })).toContain(weekly.id);
    expect(await ids({ rhythm: "WEEKLY" })).not.toContain(daily.id);
    expect(await ids({ language: "pl" })).toContain(weekly.id);
    expect(await ids({ language: "pl" })).not.toContain(daily.id);
    expect(await ids({ sobrietyFriendly: true })).toContain(weekly.id);
    expect(await ids({ sobrietyFriendly: true })).not.toContain(daily.id);
    await expect(apiOf(me).matching.suggestions(malformed({ rhythm: "HOURLY" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(apiOf(me).matching.suggestions(malformed({ language: "p\u0000l" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
