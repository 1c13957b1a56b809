import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { controlCharacterMessage } from "@/shared/text/plain-text";
import { callerFor, malformed } from "@/test/callers";
import { createMember, uniqueEmail } from "@/test/factories";
import { onboardedMember, sampleAnswers, stepInput } from "@/test/onboarding";

/**
 * The outside probe's 500s: a NUL reached PostgreSQL's text type, and a lone surrogate its jsonb.
 * Every field a member types is refused with a field error instead, and nothing is written.
 */
const db = getDb();
const hiddenCharacters: [string, string][] = [
  ["a NUL character", "Robin\u0000"],
  ["a lone surrogate", "Robin\ud800"],
  ["a lone trailing surrogate", "\udc00Robin"],
];

async function rejection(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: "BAD_REQUEST" });
  return (error as { cause?: { issues?: { path: (string | number)[]; message: string }[] } }).cause?.issues ?? [];
}

function expectFieldError(issues: { path: (string | number)[]; message: string }[], path: string) {
  expect(issues.find((issue) => issue.path.join(".") === path)?.message).toBe(controlCharacterMessage);
}

async function memberAndProfile(memberId: string) {
  return Promise.all([db.member.findUniqueOrThrow({ where: { id: memberId } }), db.profile.findUnique({ where: { memberId } })]);
}

describe.each(hiddenCharacters)("member text with %s", (_label, text) => {
  it("is refused in the sign-up name, and no account is made", async () => {
    const email = uniqueEmail("hidden");
    const password = "violet-tractor-lemon-swim";
    const issues = await rejection(
      callerFor().api.account.signUp({ email, password, confirmPassword: password, displayName: text, timezone: "Europe/London", ageConfirmed: true }),
    );
    expectFieldError(issues, "displayName");
    expect(await db.member.count({ where: { email } })).toBe(0);
  });

  it.each([
    ["displayName", { displayName: text }],
    ["pronouns", { pronouns: text }],
    ["intro", { intro: text }],
    ["goals.1", { goals: ["Call a friend weekly", text] }],
  ])("is refused in the about step's %s, and nothing is saved", async (path, change) => {
    const member = await createMember(db);
    const before = await memberAndProfile(member.id);
    const issues = await rejection(callerFor({ member }).api.onboarding.saveStep(stepInput("about", { ...sampleAnswers.about, ...change })));
    expectFieldError(issues, `answers.${path}`);
    expect(await memberAndProfile(member.id)).toEqual(before);
  });

  it.each([
    ["offLimitTopics", { offLimitTopics: text }],
    ["partnerPreferences", { partnerPreferences: text }],
  ])("is refused in the boundaries step's %s, and nothing is saved", async (path, change) => {
    const member = await onboardedMember(db);
    const before = await memberAndProfile(member.id);
    const issues = await rejection(callerFor({ member }).api.onboarding.saveStep(stepInput("boundaries", { ...sampleAnswers.boundaries, ...change })));
    expectFieldError(issues, `answers.${path}`);
    expect(await memberAndProfile(member.id)).toEqual(before);
  });

  it.each(["displayName", "pronouns", "intro"])("is refused in the profile's %s, and nothing is saved", async (field) => {
    const member = await onboardedMember(db);
    const before = await memberAndProfile(member.id);
    const profile = { displayName: "Robin", pronouns: null, intro: null, timezone: "Europe/London", languages: ["en"], [field]: text };
    const issues = await rejection(callerFor({ member }).api.onboarding.updateProfile(malformed(profile)));
    expectFieldError(issues, field);
    expect(await memberAndProfile(member.id)).toEqual(before);
  });

  it("is refused in a request's note, and no request is sent", async () => {
    const [sender, recipient] = await Promise.all([onboardedMember(db), onboardedMember(db)]);
    const issues = await rejection(callerFor({ member: sender }).api.requests.send({ recipientId: recipient.id, note: `Hello ${text}` }));
    expectFieldError(issues, "note");
    expect(await db.matchRequest.count({ where: { senderId: sender.id } })).toBe(0);
  });
});

describe("member text", () => {
  it("keeps line breaks, tabs, emoji (surrogate pairs) and every script", async () => {
    const member = await onboardedMember(db);
    const intro = "Hi 👋 I'm Ana.\n\tПривет, こんにちは, مرحبا.";
    await callerFor({ member }).api.onboarding.updateProfile({ displayName: "Ana 🌱", pronouns: null, intro, timezone: "Europe/London", languages: ["en"] });
    expect(await db.profile.findUniqueOrThrow({ where: { memberId: member.id } })).toMatchObject({ intro });
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ displayName: "Ana 🌱" });
  });
});
