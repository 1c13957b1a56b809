import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor } from "@/test/callers";
import { createMember } from "@/test/factories";
import { isolatedSchedule, onboardedMember, type AnswerChanges, type OnboardedOptions } from "@/test/onboarding";
import { suggestionsFor } from "./suggestions";

const db = getDb();
const onboarded = (changes?: AnswerChanges, options?: OnboardedOptions) => onboardedMember(db, changes, options);

const ids = (result: Awaited<ReturnType<typeof suggestionsFor>>) => result.suggestions.map((s) => s.memberId);

describe("suggestionsFor", () => {
  it("explains why there is nothing yet for an unfinished or closed questionnaire", async () => {
    const fresh = await createMember(db);
    expect(await suggestionsFor(db, fresh.id)).toMatchObject({ status: "QUESTIONNAIRE_UNFINISHED", suggestions: [] });
    const closed = await onboarded({}, { open: false });
    expect(await suggestionsFor(db, closed.id)).toMatchObject({ status: "NOT_OPEN" });
  });

  it("suggests compatible open members with scores and reasons, and never their email", async () => {
    const hour = isolatedSchedule();
    const me = await onboarded(hour);
    const good = await onboarded(hour);
    const result = await suggestionsFor(db, me.id);
    expect(result.status).toBe("OK");
    const card = result.suggestions.find((s) => s.memberId === good.id);
    expect(card).toBeDefined();
    expect(card!.total).toBeGreaterThan(0);
    expect(card!.reasons.length).toBeGreaterThanOrEqual(2);
    expect(card!.suggestedSlots.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(result)).not.toContain("@");
    expect(ids(result)).not.toContain(me.id);
  });

  it("leaves out the unverified, the closed, the suspended, and anyone with no overlap", async () => {
    const me = await onboarded();
    const unverified = await onboarded({}, { verified: false });
    const closed = await onboarded({}, { open: false });
    const suspended = await onboarded();
    await db.member.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    const elsewhere = await onboarded({ schedule: { availability: [6 * 48 + 4] } });
    const result = ids(await suggestionsFor(db, me.id));
    for (const excluded of [unverified, closed, suspended, elsewhere]) expect(result).not.toContain(excluded.id);
  });

  it("respects sobriety requirements and language dealbreakers both ways", async () => {
    const hour = isolatedSchedule();
    const me = await onboarded({ ...hour, values: { needsSobrietyFriendlyPartner: true }, boundaries: { mustShareLanguage: true } });
    const notSoberFriendly = await onboarded({ ...hour, values: { sobrietyFriendly: false } });
    const otherLanguage = await onboarded({ ...hour, about: { languages: ["ja"] } });
    const fine = await onboarded({ ...hour, about: { languages: ["es"] } });
    const result = ids(await suggestionsFor(db, me.id));
    expect(result).not.toContain(notSoberFriendly.id);
    expect(result).not.toContain(otherLanguage.id);
    expect(result).toContain(fine.id);
  });
});

describe("matching.suggestions", () => {
  it("serves the signed-in member's own suggestions", async () => {
    const me = await onboarded();
    const result = await callerFor({ member: me }).api.matching.suggestions();
    expect(result.status).toBe("OK");
    expect(result.suggestions.map((s) => s.memberId)).not.toContain(me.id);
  });

  it("asks anonymous callers to sign in", async () => {
    await expect(callerFor().api.matching.suggestions()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
