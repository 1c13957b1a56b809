/**
 * Bad input everywhere (issue 14, item 8): every procedure that takes input is called with inputs
 * generated from a valid one, field by field — wrong types, missing fields, 100k strings, NUL, a
 * lone surrogate and a bell in each string, negative, fractional and huge numbers, arrays where
 * objects belong, null, deep nesting. (An extra field is no bad input: zod objects drop unknown keys.) Each must be refused with a TRPCError that is not
 * INTERNAL_SERVER_ERROR, and no table may gain or lose a row. The file runs on a database of its
 * own, so every table's row count is comparable; `rate_limit` is left out (a refused attempt may
 * count against its limit by design) and so is `worker_heartbeat` (the job workers' liveness).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "@/server/accounts/tokens";
import { createCaller } from "@/server/api/root";
import { getDb } from "@/server/db/client";
import { currentDoc, editOf, proposeCurrent, seenOf, apiOf } from "@/test/agreement-docs";
import { testContext } from "@/test/callers";
import { answerInput, checkInPartnership, lastStarted, logLatestInput } from "@/test/check-ins";
import { testPassword, uniqueEmail } from "@/test/factories";
import { onboardedMember, sampleAnswers, stepInput } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { reviewAnswers } from "@/test/reviews";
import { usePrivateDatabase } from "@/test/private-database";
import { inputSchemaOf, outcomeOf, procedureAt, routerProcedures } from "@/test/router-paths";

type Member = Awaited<ReturnType<typeof onboardedMember>>;
/**
 * `a` and `b` are partners (DRAFTING, `b` proposed version 1); `c` asked `a` to partner; `d` is open
 * and unrelated, and `a` has room for more partners; `c` reported `d`: so a valid input would go
 * through, and a bad one the schema let pass would reach the database. The moderators' procedures
 * are called with `a` as a moderator, so their input is checked rather than refused unseen.
 */
type World = { a: Member; b: Member; c: Member; d: Member; partnershipId: string; requestId: string; versionId: string; hash: string; reportId: string };
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const strongPassword = "lantern-orchard-velvet-harbor-83";
const id = (w: World) => ({ partnershipId: w.partnershipId });

/**
 * Check-ins need an agreement in force: `a` and a new partner `e`, made once on first use, with
 * the latest check-in logged by `e` (so `a` may answer it) and the one before left to log.
 * Dates are no JSON but the callers take them as they are (tRPC's transformer makes them over HTTP).
 */
let checkInWorld: Promise<{ partnershipId: string; checkInId: string; toLog: Json }> | undefined;
const checkIns = (w: World) =>
  (checkInWorld ??= (async () => {
    const db = getDb();
    const e = await onboardedMember(db);
    const { partnershipId } = await newPartnership(db, { sender: e, recipient: w.a });
    await checkInPartnership(db, { partnershipId, sender: e, recipient: w.a });
    const latest = lastStarted();
    const { checkInId } = await apiOf(e).checkIns.log(logLatestInput(partnershipId, latest));
    const toLog = logLatestInput(partnershipId, new Date(latest.getTime() - 24 * 3_600_000)) as unknown as Json;
    return { partnershipId, checkInId, toLog };
  })());

/**
 * Reviews live in the check-in partnership (`a` and `e`, ACTIVE): one OPEN for `a` to answer, and
 * one both answered (REVEALED), to renegotiate from. Made directly, once, on first use.
 */
let reviewWorld: Promise<{ partnershipId: string; openId: string; revealedId: string }> | undefined;
const reviews = (w: World) =>
  (reviewWorld ??= (async () => {
    const db = getDb();
    const { partnershipId } = await checkIns(w);
    const dueAt = new Date(Date.now() - 24 * 3_600_000);
    const open = await db.partnershipReview.create({ data: { partnershipId, kind: "QUARTERLY", number: 2, dueAt }, select: { id: true } });
    const revealed = await db.partnershipReview.create({ data: { partnershipId, kind: "QUARTERLY", number: 1, dueAt, status: "REVEALED", revealedAt: dueAt, nextStep: "RENEGOTIATE" }, select: { id: true } });
    const members = await db.partnershipMember.findMany({ where: { partnershipId }, select: { memberId: true } });
    for (const { memberId } of members) await db.reviewAnswer.create({ data: { ...reviewAnswers(revealed.id, "RENEGOTIATE"), memberId } });
    return { partnershipId, openId: open.id, revealedId: revealed.id };
  })());
const sweepPauseId = "cm0sweeppause000000000000";

/** Valid inputs (one or more) for each procedure that takes input, as `a` would send them. */
const validInputs: Record<string, (w: World) => Promise<Json[]> | Json[]> = {
  "account.signUp": () => [{ email: uniqueEmail("sweep"), password: strongPassword, confirmPassword: strongPassword, displayName: "Robin", timezone: "Europe/Berlin", ageConfirmed: true }],
  "account.verifyEmail": async (w) => [{ token: await issueToken(getDb(), w.a.id, "VERIFY_EMAIL") }],
  "account.requestPasswordReset": (w) => [{ email: w.a.email }],
  "account.resetPassword": async (w) => [{ token: await issueToken(getDb(), w.a.id, "RESET_PASSWORD"), password: strongPassword, confirmPassword: strongPassword }],
  "account.changePassword": () => [{ currentPassword: testPassword, newPassword: strongPassword, confirmPassword: strongPassword }],
  // Every bad variant of the password is a wrong password, so `a` is never deleted here.
  "privacy.deleteAccount": () => [{ password: testPassword, confirm: true }],
  "onboarding.saveStep": () => (Object.keys(sampleAnswers) as (keyof typeof sampleAnswers)[]).map((step) => stepInput(step, sampleAnswers[step]) as Json),
  "onboarding.finish": () => [{ openToMatching: true }],
  "onboarding.setOpenToMatching": () => [{ open: false }],
  "onboarding.updateProfile": () => [{ displayName: "Robin", pronouns: "they/them", intro: "Hello there.", timezone: "Europe/London", languages: ["en"] }],
  "requests.send": (w) => [{ recipientId: w.d.id, note: "Hi, shall we try?" }],
  "requests.accept": (w) => [{ requestId: w.requestId }],
  "requests.decline": (w) => [{ requestId: w.requestId }],
  "requests.withdraw": (w) => [{ requestId: w.requestId }],
  "partnerships.get": (w) => [id(w)],
  "partnerships.setCapacity": () => [{ capacity: 2 }],
  "partnerships.notGoingAhead": (w) => [id(w)],
  "agreement.load": (w) => [id(w)],
  "agreement.push": async (w) => [{ ...id(w), update: editOf(await currentDoc(w.a, w.partnershipId), (doc) => doc.getMap("sweep").set("a", 1)) }],
  "agreement.updates": (w) => [{ ...id(w), lastEventId: "1" }],
  "agreement.sharePresence": (w) => [{ ...id(w), state: "AAAA" }],
  "agreement.presence": (w) => [id(w)],
  "agreement.history": (w) => [id(w)],
  "agreement.signing": (w) => [id(w)],
  "agreement.propose": async (w) => [{ ...id(w), seen: seenOf(await currentDoc(w.a, w.partnershipId)) }],
  "agreement.sign": (w) => [{ ...id(w), versionId: w.versionId, hash: w.hash }],
  "agreement.requestChanges": (w) => [{ ...id(w), versionId: w.versionId, comment: "Could we meet on Tuesdays?" }],
  "agreement.withdrawProposal": (w) => [{ ...id(w), versionId: w.versionId }],
  "agreement.openAmendment": (w) => [id(w)],
  "agreement.withdrawAmendment": (w) => [id(w)],
  "agreement.versions": (w) => [id(w)],
  "agreement.version": (w) => [{ ...id(w), number: 1 }],
  "checkIns.list": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId }],
  "checkIns.get": async (w) => {
    const { partnershipId, checkInId } = await checkIns(w);
    return [{ partnershipId, checkInId }];
  },
  "checkIns.log": async (w) => [(await checkIns(w)).toLog],
  "checkIns.answer": async (w) => {
    const { partnershipId, checkInId } = await checkIns(w);
    return [{ ...answerInput(partnershipId, checkInId), commitmentsDone: [0] }];
  },
  "checkIns.progress": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId }],
  "reviews.list": async (w) => [{ partnershipId: (await reviews(w)).partnershipId }],
  "reviews.get": async (w) => [{ reviewId: (await reviews(w)).openId }],
  "reviews.submit": async (w) => [reviewAnswers((await reviews(w)).openId)],
  "reviews.renegotiate": async (w) => [{ reviewId: (await reviews(w)).revealedId }],
  // The draft: any input that slipped through would be refused (a draft can't be ended here), never end it.
  "endings.status": (w) => [id(w)],
  "endings.end": (w) => [
    { ...id(w), timing: "NOW", reason: "Moving abroad.", closing: { kind: "OWN_WORDS", text: "Thank you." } as Json, doNotRematch: true, quietly: false },
    { ...id(w), timing: "AFTER_FINAL_CHECK_IN", closing: { kind: "TEMPLATE", templateId: "thank-you" } as Json },
  ],
  "endings.reflect": (w) => [{ ...id(w), text: "It helped me keep going." }],
  "endings.reflection": (w) => [id(w)],
  "notifications.markRead": () => [{ ids: ["cm0sweepnotification000000"] }],
  "notifications.markReadOnPage": () => [{ path: "/requests" }],
  "notifications.setPreferences": () => [{ choices: { REQUEST_RECEIVED: "IN_APP" }, quietHours: { on: true, start: "22:00", end: "08:00" } }],
  "matching.suggestions": () => [{ rhythm: "WEEKLY", language: "en", sobrietyFriendly: true }],
  "matching.pass": (w) => [{ memberId: w.d.id }],
  "matching.unpass": (w) => [{ memberId: w.d.id }],
  "blocks.block": (w) => [{ memberId: w.d.id }],
  "blocks.unblock": (w) => [{ memberId: w.d.id }],
  "devMailbox.list": (w) => [{ to: w.a.email, limit: 5 }],
  "calendar.upcoming": (w) => [id(w), {}],
  // Partnership and pause ids of `a`'s partnership in force; the ids of pauses need not exist: a bad input is refused before it is looked up.
  "pauses.current": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId }],
  "pauses.request": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId, start: "now", resumesOn: "2099-01-08", reason: "A hard week.", message: "Back soon." }],
  "pauses.answer": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId, pauseId: sweepPauseId, answer: "ACCEPT" }],
  "pauses.proposeDates": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId, pauseId: sweepPauseId, start: "2099-01-02", resumesOn: "2099-01-08", message: "Friday instead?" }],
  "pauses.withdraw": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId, pauseId: sweepPauseId }],
  "pauses.resume": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId, pauseId: sweepPauseId }],
  "pauses.extend": async (w) => [{ partnershipId: (await checkIns(w)).partnershipId, pauseId: sweepPauseId, resumesOn: "2099-01-08", message: "A little longer?" }],
  "reports.target": (w) => [{ memberId: w.b.id, about: "PARTNERSHIP", id: w.partnershipId } as Json, { memberId: w.d.id, about: "PROFILE" }],
  "reports.create": (w) => [{ memberId: w.b.id, about: "PARTNERSHIP", id: w.partnershipId, category: "HARASSMENT", details: "They kept pushing." }],
  "moderation.queue": () => [{ page: 1 }],
  "moderation.report": (w) => [{ reportId: w.reportId }],
  "moderation.act": (w) => [{ reportId: w.reportId, action: "DISMISS", reason: "Nothing against the rules." }],
  "moderation.unsuspend": (w) => [{ memberId: w.d.id, reason: "Appeal accepted." }],
  "moderation.auditLog": () => [{ page: 1 }],
};

const huge = "x".repeat(100_000);

function deeplyNested(depth: number): Json {
  let value: Json = "bottom";
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
}

/** Values that break a field of the given valid value, by kind, sampled rather than crossed. */
function badValuesFor(value: Json): { label: string; value: Json | undefined }[] {
  const always = [
    { label: "null", value: null },
    { label: "deep nesting", value: deeplyNested(500) },
  ];
  if (typeof value === "string")
    return [
      ...always,
      { label: "a number", value: 7 },
      { label: "an array", value: [value] },
      { label: "100k characters", value: value + huge },
      { label: "NUL", value: `${value}\u0000x` },
      { label: "a lone surrogate", value: `${value}\ud800` },
      { label: "a bell", value: `${value}\u0007` },
    ];
  if (typeof value === "number")
    return [
      ...always,
      { label: "a string", value: String(value) },
      { label: "negative", value: -1 },
      { label: "zero", value: 0 },
      { label: "fractional", value: value + 0.5 },
      { label: "huge", value: 1e308 },
      { label: "unsafe integer", value: 2 ** 53 + 1 },
    ];
  if (typeof value === "boolean") return [...always, { label: "a string", value: String(value) }, { label: "a number", value: 1 }];
  if (Array.isArray(value)) return [...always, { label: "an object", value: { 0: value[0] ?? null } }, { label: "10k items", value: Array.from({ length: 10_000 }, () => value[0] ?? null) }];
  if (value && typeof value === "object") return [...always, { label: "an array", value: [value] }, { label: "a string", value: "x" }];
  return always;
}

type Path = (string | number)[];

/** Every path into a valid input: object fields and each array's first item. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? [prefix.concat(0), ...pathsOf(value[0]!, prefix.concat(0))] : [];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, child]) => [prefix.concat(key), ...pathsOf(child, prefix.concat(key))]);
  return [];
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
}

/** A copy of `value` with the field at `path` replaced (or removed, for `undefined`). */
function replaced(value: Json, path: Path, next: Json | undefined): Json {
  const copy = structuredClone(value);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (next === undefined) delete parent[key];
  else parent[key] = next;
  return copy;
}

/** The bad inputs for one valid input; `discriminator` fields (saveStep's `step`) are varied too. */
function badInputs(valid: Json): { label: string; input: unknown }[] {
  const whole = [
    { label: "no input", input: undefined },
    { label: "null", input: null },
    { label: "a string", input: "x" },
    { label: "a number", input: 42 },
    { label: "an array", input: [valid] },
    { label: "deep nesting", input: deeplyNested(10_000) },
  ];
  const fields = pathsOf(valid).flatMap((path) => {
    const name = path.join(".");
    const missing = typeof path[path.length - 1] === "string" ? [{ label: `${name} missing`, input: replaced(valid, path, undefined) as unknown }] : [];
    return [...missing, ...badValuesFor(at(valid, path)).map(({ label, value }) => ({ label: `${name} as ${label}`, input: replaced(valid, path, value) as unknown }))];
  });
  return [...whole, ...fields];
}

/** Generated values that are valid for their field by design, by "procedure field as label". */
const validByDesign = new Set([
  "agreement.updates lastEventId as null",
  "onboarding.saveStep answers.pronouns as null",
  "onboarding.saveStep answers.intro as null",
  "onboarding.saveStep answers.offLimitTopics as null",
  "onboarding.saveStep answers.partnerPreferences as null",
  "onboarding.updateProfile pronouns as null",
  "onboarding.updateProfile intro as null",
  // Every field is optional and unknown keys are dropped: this marks every notice read.
  "notifications.markRead deep nesting",
  // Slot 0 is Monday 00:00–00:30.
  "onboarding.saveStep answers.availability.0 as zero",
  // The first of the member's commitments.
  "checkIns.answer commitmentsDone.0 as zero",
  // The first page.
  "moderation.queue page as zero",
  "moderation.auditLog page as zero",
  // No partnership named: every partnership's upcoming check-ins.
  "calendar.upcoming no input",
  // No filters: every suggestion (unknown keys are dropped, so deep nesting is no filter at all).
  "matching.suggestions no input",
  "matching.suggestions deep nesting",
  // No reason and no closing message are choices of their own.
  "endings.end reason as null",
  "endings.end closing as null",
]);

/** Fields whose absence is a valid input (optional by design): "missing" is no bad input for them. */
const optionalFields = new Set([
  "requests.send note",
  "agreement.updates lastEventId",
  "notifications.markRead ids",
  // Choices are for the types a member changes; the others keep theirs.
  "notifications.setPreferences choices.REQUEST_RECEIVED",
  "devMailbox.list to",
  "devMailbox.list limit",
  "onboarding.saveStep answers.pronouns",
  "onboarding.saveStep answers.intro",
  "onboarding.saveStep answers.partnerPreferences",
  "onboarding.saveStep answers.offLimitTopics",
  "onboarding.updateProfile pronouns",
  "onboarding.updateProfile intro",
  "calendar.upcoming partnershipId",
  // Each suggestions filter is optional.
  "matching.suggestions rhythm",
  "matching.suggestions language",
  "matching.suggestions sobrietyFriendly",
  "endings.end reason",
  "endings.end closing",
  "endings.end doNotRematch",
  "endings.end quietly",
  // A pause's private reason and its message to the partner are both optional.
  "pauses.request reason",
  "pauses.request message",
  "pauses.proposeDates message",
  "pauses.extend message",
]);

const excludedTables = new Set(["rate_limit", "worker_heartbeat"]);

async function rowCounts(): Promise<Record<string, number>> {
  const db = getDb();
  const tables = await db.$queryRaw<{ table_name: string }[]>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const counted = tables.map((t) => t.table_name).filter((name) => !excludedTables.has(name) && !name.startsWith("_prisma"));
  const rows = await db.$queryRawUnsafe<{ name: string; count: bigint }[]>(counted.map((name) => `SELECT '${name}' AS name, count(*) AS count FROM "${name}"`).join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.count)]));
}

let database: { drop: () => Promise<void> };
let world: World;

beforeAll(async () => {
  database = await usePrivateDatabase();
  const db = getDb();
  const [a, b, c, d] = await Promise.all([onboardedMember(db), onboardedMember(db), onboardedMember(db), onboardedMember(db)]);
  await apiOf(a).partnerships.setCapacity({ capacity: 3 });
  const { requestId } = await apiOf(c).requests.send({ recipientId: a.id });
  const { partnershipId } = await newPartnership(db, { sender: a, recipient: b });
  const version = await proposeCurrent(b, partnershipId);
  const report = await db.report.create({ data: { reporterId: c.id, reportedId: d.id, category: "SPAM_OR_SCAM", details: "Asked for money.", subject: "PROFILE" }, select: { id: true } });
  world = { a, b, c, d, partnershipId, requestId, versionId: version.versionId, hash: version.hash, reportId: report.id };
});

afterAll(async () => {
  await database?.drop();
});

describe("bad-input sweep", () => {
  const procedures = routerProcedures().filter((p) => p.hasInput);

  it("has valid inputs for every procedure that takes input", () => {
    expect(procedures.map((p) => p.path).filter((path) => !(path in validInputs))).toEqual([]);
  });

  it.each(procedures.filter((p) => p.path in validInputs))("$path: the input the bad ones are made from passes its schema", async ({ path }) => {
    for (const valid of await validInputs[path]!(world)) {
      const result = await inputSchemaOf(path)["~standard"].validate(valid);
      expect(result.issues ?? []).toEqual([]);
    }
  });

  it.each(procedures.filter((p) => p.path in validInputs))("$path refuses bad input cleanly and writes nothing", async ({ path, type }) => {
    const valids = await validInputs[path]!(world);
    const before = await rowCounts();
    const outcomes: Record<string, string> = {};
    for (const valid of valids) {
      for (const { label, input } of badInputs(valid)) {
        if (label.endsWith(" missing") && optionalFields.has(`${path} ${label.slice(0, -" missing".length)}`)) continue;
        if (validByDesign.has(`${path} ${label}`)) continue;
        // A subscription refuses bad input when it starts reading; one that accepted it ends at the abort.
        const abort = new AbortController();
        const timeout = setTimeout(() => abort.abort(), 2_000);
        const member = path.startsWith("moderation.") ? { ...world.a, role: "MODERATOR" as const } : world.a;
        const call = procedureAt(createCaller(testContext({ member }), { signal: abort.signal }), path);
        const outcome = await outcomeOf(async () => {
          const result = await call(input);
          if (type === "subscription") await (result as AsyncIterable<unknown>)[Symbol.asyncIterator]().next();
        }).finally(() => {
          clearTimeout(timeout);
          abort.abort();
        });
        if (outcome === "OK" || outcome === "INTERNAL_SERVER_ERROR") outcomes[`${label} in ${JSON.stringify(valid).slice(0, 80)}`] = outcome;
      }
    }
    expect(outcomes).toEqual({});
    expect(await rowCounts()).toEqual(before);
  });
});
