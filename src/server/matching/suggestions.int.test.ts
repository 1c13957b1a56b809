import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor } from "@/test/callers";
import { createMember } from "@/test/factories";
import { sampleAnswers } from "@/test/onboarding";
import { answerSteps } from "@/server/onboarding/questionnaire";
import type { StepFormValues } from "@/server/onboarding/schemas";
import { suggestionsFor } from "./suggestions";

const db = getDb();
type Changes = { [K in keyof StepFormValues]?: Partial<StepFormValues[K]> };

async function onboarded(changes: Changes = {}, options: { verified?: boolean; open?: boolean } = {}) {
  const member = await createMember(db, { verified: options.verified ?? true });
  const { api } = callerFor({ member });
  for (const step of answerSteps) await api.onboarding.saveStep({ step, answers: { ...sampleAnswers[step], ...changes[step] } } as never);
  if (options.open !== false) {
    if (options.verified === false) {
      await api.onboarding.finish({ openToMatching: false });
      await db.profile.update({ where: { memberId: member.id }, data: { openToMatching: true } });
    } else {
      await api.onboarding.finish({ openToMatching: true });
    }
  } else {
    await api.onboarding.finish({ openToMatching: false });
  }
  return member;
}

const ids = (result: Awaited<ReturnType<typeof suggestionsFor>>) => result.suggestions.map((s) => s.memberId);

describe("suggestionsFor", () => {
  it("explains why there is nothing yet for an unfinished or closed questionnaire", async () => {
    const fresh = await createMember(db);
    expect(await suggestionsFor(db, fresh.id)).toMatchObject({ status: "QUESTIONNAIRE_UNFINISHED", suggestions: [] });
    const closed = await onboarded({}, { open: false });
    expect(await suggestionsFor(db, closed.id)).toMatchObject({ status: "NOT_OPEN" });
  });

  it("suggests compatible open members with scores and reasons, and never their email", async () => {
    const me = await onboarded();
    const good = await onboarded();
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
    const me = await onboarded({ values: { needsSobrietyFriendlyPartner: true }, boundaries: { mustShareLanguage: true } });
    const notSoberFriendly = await onboarded({ values: { sobrietyFriendly: false } });
    const otherLanguage = await onboarded({ about: { languages: ["ja"] } });
    const fine = await onboarded({ about: { languages: ["es"] } });
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
