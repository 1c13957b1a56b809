/**
 * Who may call what (issue 14, item 7): every procedure of the router, called with a valid input as
 * each kind of caller. Signed-in callers get their session through `currentSession`, the check the
 * route runs on every request, so a suspended member is refused there. A blocked caller (`b`
 * blocked `a`) no longer finds their partnership with `b`, and requests or notices with `b` are
 * left out of their lists. Moderators' tools answer NOT_FOUND to everyone else.
 */
import { describe, expect, it } from "vitest";
import { issueToken } from "@/server/accounts/tokens";
import { currentSession, newSessionId } from "@/server/accounts/service";
import { createCaller } from "@/server/api/root";
import { getDb } from "@/server/db/client";
import { currentDoc, editOf, proposeCurrent, seenOf, apiOf } from "@/test/agreement-docs";
import { testContext } from "@/test/callers";
import { answerInput, checkInPartnership, logLatestInput } from "@/test/check-ins";
import { testPassword, uniqueEmail } from "@/test/factories";
import { onboardedMember, sampleAnswers, stepInput } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { openReview, reviewAnswers } from "@/test/reviews";
import { dayFromNow, setPauseTerms } from "@/test/pauses";
import { outcomeOf, procedureAt, routerProcedures, type Outcome } from "@/test/router-paths";

const db = getDb();

const kinds = ["anonymous", "stranger", "member", "blocked", "suspended", "moderator"] as const;
type Kind = (typeof kinds)[number];
type Member = Awaited<ReturnType<typeof onboardedMember>>;

/**
 * The members around one call: `a` is the caller as member, blocked (by `b`) or suspended; `b` the
 * other party of the partnership or request; `outsider` (the stranger or the moderator) takes part
 * in neither.
 */
type World = { a: Member; b: Member; outsider: Member; partnershipId: string; requestId: string };
type Setting = "partnership" | "request to a" | "request from a" | "none";

type Entry = {
  setting: Setting;
  /** A valid input for `a` (setup as `a` or `b` may happen here, before the caller's kind is applied). */
  input?: (world: World) => Promise<unknown> | unknown;
  /** For subscriptions: what `b` does so that an allowed caller receives a first item. */
  trigger?: (world: World) => Promise<unknown>;
  /** The dev mailbox answers only this machine. */
  ip?: string;
  expected: Record<Kind, Outcome>;
};

const strongPassword = "lantern-orchard-velvet-harbor-83";
const anyMember: Record<Kind, Outcome> = { anonymous: "UNAUTHORIZED", stranger: "OK", member: "OK", blocked: "OK", suspended: "UNAUTHORIZED", moderator: "OK" };
const partnersOnly: Record<Kind, Outcome> = { ...anyMember, stranger: "NOT_FOUND", moderator: "NOT_FOUND" };
/** A partnership with a block between its two members is hidden from both, like a stranger's (lockPartnership). */
const partnersUnblocked: Record<Kind, Outcome> = { ...partnersOnly, blocked: "NOT_FOUND" };
/** The moderators' tools: to every other member they don't exist. */
const moderatorsOnly: Record<Kind, Outcome> = { anonymous: "UNAUTHORIZED", stranger: "NOT_FOUND", member: "NOT_FOUND", blocked: "NOT_FOUND", suspended: "UNAUTHORIZED", moderator: "OK" };
const anyone: Record<Kind, Outcome> = { anonymous: "OK", stranger: "OK", member: "OK", blocked: "OK", suspended: "OK", moderator: "OK" };

/** An open report by `b` about `a`, for the moderators' procedures. */
const reportAboutA = async (w: World) =>
  (await db.report.create({ data: { reporterId: w.b.id, reportedId: w.a.id, category: "HARASSMENT", details: "They kept pushing.", subject: "PROFILE" }, select: { id: true } })).id;
const aboutTheirPartnership = (w: World) => ({ memberId: w.b.id, about: "PARTNERSHIP" as const, id: w.partnershipId });

const pushable = async (w: World) => ({ partnershipId: w.partnershipId, update: editOf(await currentDoc(w.a, w.partnershipId), (doc) => doc.getMap("matrix").set("a", 1)) });
const proposedByB = async (w: World) => {
  const version = await proposeCurrent(w.b, w.partnershipId);
  return { partnershipId: w.partnershipId, versionId: version.versionId, hash: version.hash };
};
/** Both partners signed version 1: the partnership is ACTIVE. */
const active = async (w: World) => {
  const version = await proposedByB(w);
  await apiOf(w.a).agreement.sign(version);
  return { partnershipId: w.partnershipId };
};

/** An agreement in force with past check-ins (b signed second); with `logged`, b logged the latest. */
const withCheckIns = async (w: World) => {
  await checkInPartnership(db, { partnershipId: w.partnershipId, sender: w.a, recipient: w.b });
  return { partnershipId: w.partnershipId };
};
const loggedByB = async (w: World) => {
  await withCheckIns(w);
  const { checkInId } = await apiOf(w.b).checkIns.log(logLatestInput(w.partnershipId));
  return { partnershipId: w.partnershipId, checkInId };
};

/** An OPEN review in their partnership (now ACTIVE, with an agreement in force); revealed once both answered. */
const openReviewOf = async (w: World) => ({ reviewId: (await openReview(db, { partnershipId: w.partnershipId, sender: w.a, recipient: w.b })).reviewId });
const revealedReviewOf = async (w: World) => {
  const { reviewId } = await openReviewOf(w);
  await apiOf(w.a).reviews.submit(reviewAnswers(reviewId, "RENEGOTIATE"));
  await apiOf(w.b).reviews.submit(reviewAnswers(reviewId));
  return { reviewId };
};

/** b ended the partnership (with check-ins in force) just now: a reflection can be written. */
const endedByB = async (w: World) => {
  await withCheckIns(w);
  await apiOf(w.b).endings.end({ partnershipId: w.partnershipId, timing: "NOW" });
  return { partnershipId: w.partnershipId };
};
/** An agreement in force whose pauses need the partner's consent (or not, with `alone`). */
const pausable = async (w: World, alone = false) => {
  const { versionId } = await checkInPartnership(db, { partnershipId: w.partnershipId, sender: w.a, recipient: w.b });
  await setPauseTerms(db, versionId, { pauseAlone: alone });
  return { partnershipId: w.partnershipId };
};
const pauseDates = () => ({ start: "now", resumesOn: dayFromNow(5) });
/** `b` asked for a pause, waiting for `a`'s answer. */
const pauseAskedByB = async (w: World) => {
  await pausable(w);
  const { pauseId } = await apiOf(w.b).pauses.request({ partnershipId: w.partnershipId, ...pauseDates() });
  return { partnershipId: w.partnershipId, pauseId };
};
/** `b` took a pause alone: it is running. */
const pauseTakenByB = async (w: World) => {
  await pausable(w, true);
  const { pauseId } = await apiOf(w.b).pauses.request({ partnershipId: w.partnershipId, ...pauseDates() });
  return { partnershipId: w.partnershipId, pauseId };
};

const table: Record<string, Entry> = {
  "account.signUp": {
    setting: "none",
    input: () => ({ email: uniqueEmail("matrix"), password: strongPassword, confirmPassword: strongPassword, displayName: "Robin", timezone: "Europe/Berlin", ageConfirmed: true }),
    expected: anyone,
  },
  "account.verifyEmail": { setting: "none", input: async (w) => ({ token: await issueToken(db, w.a.id, "VERIFY_EMAIL") }), expected: anyone },
  "account.resendVerification": { setting: "none", expected: anyMember },
  "account.requestPasswordReset": { setting: "none", input: (w) => ({ email: w.a.email }), expected: anyone },
  "account.resetPassword": { setting: "none", input: async (w) => ({ token: await issueToken(db, w.a.id, "RESET_PASSWORD"), password: strongPassword, confirmPassword: strongPassword }), expected: anyone },
  "account.changePassword": { setting: "none", input: () => ({ currentPassword: testPassword, newPassword: strongPassword, confirmPassword: strongPassword }), expected: anyMember },
  "account.signOutEverywhere": { setting: "none", expected: anyMember },
  "account.me": { setting: "none", expected: anyMember },
  // Each caller deletes their own account; the partnership setting shows it ends a partnership too.
  "privacy.deleteAccount": { setting: "partnership", input: () => ({ password: testPassword, confirm: true }), expected: anyMember },
  "onboarding.state": { setting: "none", expected: anyMember },
  "onboarding.saveStep": { setting: "none", input: () => stepInput("about", sampleAnswers.about), expected: anyMember },
  "onboarding.finish": { setting: "none", input: () => ({ openToMatching: true }), expected: anyMember },
  "onboarding.setOpenToMatching": { setting: "none", input: () => ({ open: false }), expected: anyMember },
  "onboarding.updateProfile": {
    setting: "none",
    input: () => ({ displayName: "Robin", pronouns: "they/them", intro: "Hello there.", timezone: "Europe/London", languages: ["en"] }),
    expected: anyMember,
  },
  "matching.suggestions": { setting: "none", expected: anyMember },
  // Passing on someone needs no relation to them; only a block between the two hides them.
  "matching.pass": { setting: "none", input: (w) => ({ memberId: w.b.id }), expected: { ...anyMember, blocked: "NOT_FOUND" } },
  // Only one's own pass can be undone: anyone else has none to remove.
  "matching.unpass": {
    setting: "none",
    input: async (w) => {
      await db.passedMember.create({ data: { memberId: w.a.id, passedId: w.b.id } });
      return { memberId: w.b.id };
    },
    expected: partnersOnly,
  },
  "matching.passed": { setting: "none", expected: anyMember },
  "requests.list": { setting: "request to a", expected: anyMember },
  // Blocked by the recipient: answered like an unknown member, so the block stays unseen.
  "requests.send": { setting: "none", input: (w) => ({ recipientId: w.b.id, note: "Hi, shall we try?" }), expected: { ...anyMember, blocked: "NOT_FOUND" } },
  "requests.accept": { setting: "request to a", input: (w) => ({ requestId: w.requestId }), expected: { ...partnersOnly, blocked: "CONFLICT" } },
  "requests.decline": { setting: "request to a", input: (w) => ({ requestId: w.requestId }), expected: partnersOnly },
  "requests.withdraw": { setting: "request from a", input: (w) => ({ requestId: w.requestId }), expected: partnersOnly },
  "partnerships.list": { setting: "partnership", expected: anyMember },
  "partnerships.get": { setting: "partnership", input: (w) => ({ partnershipId: w.partnershipId }), expected: partnersUnblocked },
  "partnerships.capacity": { setting: "partnership", expected: anyMember },
  "partnerships.setCapacity": { setting: "partnership", input: () => ({ capacity: 2 }), expected: anyMember },
  "partnerships.notGoingAhead": { setting: "partnership", input: (w) => ({ partnershipId: w.partnershipId }), expected: partnersUnblocked },
  "agreement.load": { setting: "partnership", input: (w) => ({ partnershipId: w.partnershipId }), expected: partnersUnblocked },
  "agreement.push": { setting: "partnership", input: pushable, expected: partnersUnblocked },
  "agreement.updates": {
    setting: "partnership",
    input: (w) => ({ partnershipId: w.partnershipId }),
    trigger: async (w) => apiOf(w.b).agreement.push({ partnershipId: w.partnershipId, update: editOf(await currentDoc(w.b, w.partnershipId), (doc) => doc.getMap("matrix").set("b", 1)) }),
    expected: partnersUnblocked,
  },
  "agreement.sharePresence": { setting: "partnership", input: (w) => ({ partnershipId: w.partnershipId, state: "AAAA" }), expected: partnersUnblocked },
  "agreement.presence": {
    setting: "partnership",
    input: (w) => ({ partnershipId: w.partnershipId }),
    trigger: (w) => apiOf(w.b).agreement.sharePresence({ partnershipId: w.partnershipId, state: "AAAA" }),
    expected: partnersUnblocked,
  },
  "agreement.history": { setting: "partnership", input: (w) => ({ partnershipId: w.partnershipId }), expected: partnersUnblocked },
  "agreement.signing": { setting: "partnership", input: (w) => ({ partnershipId: w.partnershipId }), expected: partnersUnblocked },
  "agreement.propose": { setting: "partnership", input: async (w) => ({ partnershipId: w.partnershipId, seen: seenOf(await currentDoc(w.a, w.partnershipId)) }), expected: partnersUnblocked },
  "agreement.sign": { setting: "partnership", input: proposedByB, expected: partnersUnblocked },
  "agreement.requestChanges": {
    setting: "partnership",
    input: async (w) => ({ partnershipId: w.partnershipId, versionId: (await proposedByB(w)).versionId, comment: "Could we meet on Tuesdays?" }),
    expected: partnersUnblocked,
  },
  "agreement.withdrawProposal": {
    setting: "partnership",
    input: async (w) => ({ partnershipId: w.partnershipId, versionId: (await proposeCurrent(w.a, w.partnershipId)).versionId }),
    expected: partnersUnblocked,
  },
  "agreement.openAmendment": { setting: "partnership", input: active, expected: partnersUnblocked },
  "agreement.versions": { setting: "partnership", input: (w) => ({ partnershipId: w.partnershipId }), expected: partnersUnblocked },
  "agreement.version": {
    setting: "partnership",
    input: async (w) => {
      await proposeCurrent(w.b, w.partnershipId);
      return { partnershipId: w.partnershipId, number: 1 };
    },
    expected: partnersUnblocked,
  },
  "agreement.withdrawAmendment": {
    setting: "partnership",
    input: async (w) => {
      const input = await active(w);
      await apiOf(w.a).agreement.openAmendment(input);
      return input;
    },
    expected: partnersUnblocked,
  },
  "checkIns.list": { setting: "partnership", input: withCheckIns, expected: partnersUnblocked },
  "checkIns.get": { setting: "partnership", input: loggedByB, expected: partnersUnblocked },
  "checkIns.log": { setting: "partnership", input: async (w) => logLatestInput((await withCheckIns(w)).partnershipId), expected: partnersUnblocked },
  "checkIns.answer": { setting: "partnership", input: async (w) => { const { partnershipId, checkInId } = await loggedByB(w); return answerInput(partnershipId, checkInId); }, expected: partnersUnblocked },
  "checkIns.progress": { setting: "partnership", input: withCheckIns, expected: partnersUnblocked },
  "reviews.list": { setting: "partnership", input: (w) => ({ partnershipId: w.partnershipId }), expected: partnersUnblocked },
  "reviews.get": { setting: "partnership", input: openReviewOf, expected: partnersUnblocked },
  "reviews.submit": { setting: "partnership", input: async (w) => reviewAnswers((await openReviewOf(w)).reviewId), expected: partnersUnblocked },
  "reviews.renegotiate": { setting: "partnership", input: revealedReviewOf, expected: partnersUnblocked },
  "endings.status": { setting: "partnership", input: withCheckIns, expected: partnersUnblocked },
  "endings.end": { setting: "partnership", input: async (w) => ({ ...(await withCheckIns(w)), timing: "NOW" }), expected: partnersUnblocked },
  "endings.reflect": { setting: "partnership", input: async (w) => ({ ...(await endedByB(w)), text: "It helped me keep going." }), expected: partnersUnblocked },
  "endings.reflection": { setting: "partnership", input: endedByB, expected: partnersUnblocked },
  "notifications.list": { setting: "partnership", expected: anyMember },
  "notifications.unreadCount": { setting: "partnership", expected: anyMember },
  "notifications.markRead": { setting: "partnership", input: () => ({}), expected: anyMember },
  "notifications.markReadOnPage": { setting: "partnership", input: () => ({ path: "/requests" }), expected: anyMember },
  // Each member reads and writes only their own preferences: there is no one else's to reach.
  "notifications.preferences": { setting: "none", expected: anyMember },
  "notifications.setPreferences": { setting: "none", input: () => ({ choices: { REQUEST_RECEIVED: "IN_APP" }, quietHours: { on: true, start: "22:00", end: "08:00" } }), expected: anyMember },
  "blocks.block": { setting: "none", input: (w) => ({ memberId: w.b.id }), expected: anyMember },
  // Only one's own block can be undone: anyone else has none to remove.
  "blocks.unblock": {
    setting: "none",
    input: async (w) => {
      await db.block.create({ data: { blockerId: w.a.id, blockedId: w.b.id } });
      return { memberId: w.b.id };
    },
    expected: partnersOnly,
  },
  "blocks.list": { setting: "none", expected: anyMember },
  "devMailbox.list": { setting: "none", input: () => ({ limit: 1 }), ip: "127.0.0.1", expected: anyone },
  // Each member's own feed link; the feed itself answers only its link (src/server/calendar/feed.int.test.ts).
  "calendar.feed": { setting: "none", expected: anyMember },
  "calendar.rotateFeed": { setting: "none", expected: anyMember },
  "calendar.revokeFeed": { setting: "none", expected: anyMember },
  "calendar.upcoming": { setting: "partnership", input: active, expected: partnersUnblocked },
  "pauses.current": { setting: "partnership", input: (w) => pausable(w), expected: partnersUnblocked },
  "pauses.request": { setting: "partnership", input: async (w) => ({ ...(await pausable(w)), ...pauseDates() }), expected: partnersUnblocked },
  "pauses.answer": { setting: "partnership", input: async (w) => ({ ...(await pauseAskedByB(w)), answer: "ACCEPT" }), expected: partnersUnblocked },
  "pauses.proposeDates": { setting: "partnership", input: async (w) => ({ ...(await pauseAskedByB(w)), start: dayFromNow(2), resumesOn: dayFromNow(6) }), expected: partnersUnblocked },
  "pauses.withdraw": {
    setting: "partnership",
    input: async (w) => {
      await pausable(w);
      return { partnershipId: w.partnershipId, pauseId: (await apiOf(w.a).pauses.request({ partnershipId: w.partnershipId, ...pauseDates() })).pauseId };
    },
    expected: partnersUnblocked,
  },
  "pauses.resume": { setting: "partnership", input: pauseTakenByB, expected: partnersUnblocked },
  "pauses.extend": { setting: "partnership", input: async (w) => ({ ...(await pauseTakenByB(w)), resumesOn: dayFromNow(9) }), expected: partnersUnblocked },
  // A member may report only someone they shared what the report is about with; a block doesn't stop a report.
  "reports.target": { setting: "partnership", input: aboutTheirPartnership, expected: partnersOnly },
  "reports.create": { setting: "partnership", input: (w) => ({ ...aboutTheirPartnership(w), category: "HARASSMENT", details: "They kept pushing." }), expected: partnersOnly },
  "moderation.queue": { setting: "none", input: () => ({ page: 0 }), expected: moderatorsOnly },
  "moderation.report": { setting: "none", input: async (w) => ({ reportId: await reportAboutA(w) }), expected: moderatorsOnly },
  "moderation.act": { setting: "none", input: async (w) => ({ reportId: await reportAboutA(w), action: "DISMISS", reason: "Nothing against the rules." }), expected: moderatorsOnly },
  "moderation.unsuspend": {
    setting: "none",
    input: async (w) => {
      await db.member.update({ where: { id: w.b.id }, data: { status: "SUSPENDED" } });
      return { memberId: w.b.id, reason: "Appeal accepted." };
    },
    expected: moderatorsOnly,
  },
  "moderation.auditLog": { setting: "none", input: () => ({ page: 0 }), expected: moderatorsOnly },
};

async function worldFor(setting: Setting, kind: Kind): Promise<World> {
  const [a, b] = await Promise.all([onboardedMember(db), onboardedMember(db)]);
  // Only the stranger's and the moderator's calls need a third member.
  const outsider = kind === "stranger" || kind === "moderator" ? await onboardedMember(db) : a;
  if (kind === "moderator") await db.member.update({ where: { id: outsider.id }, data: { role: "MODERATOR" } });
  let partnershipId = "";
  let requestId = "";
  if (setting === "partnership") ({ partnershipId, requestId } = await newPartnership(db, { sender: a, recipient: b }));
  if (setting === "request to a") ({ requestId } = await apiOf(b).requests.send({ recipientId: a.id }));
  if (setting === "request from a") ({ requestId } = await apiOf(a).requests.send({ recipientId: b.id }));
  return { a, b, outsider, partnershipId, requestId };
}

/** The caller of each kind as the route would build it: the session only if `currentSession` accepts it. */
async function callerOf(kind: Kind, world: World, ip: string | undefined, signal: AbortSignal) {
  if (kind === "blocked") await db.block.create({ data: { blockerId: world.b.id, blockedId: world.a.id } });
  if (kind === "suspended") await db.member.update({ where: { id: world.a.id }, data: { status: "SUSPENDED" } });
  const member = kind === "anonymous" ? null : kind === "stranger" || kind === "moderator" ? world.outsider : world.a;
  const session = member ? await currentSession(db, member.id, 0, newSessionId()) : null;
  return createCaller(testContext({ ...(session ? { member: session } : {}), ...(ip ? { ip } : {}) }), { signal });
}

/** Starts a subscription and reads its first item (after `trigger`), or the error it ends with. */
async function firstItem(subscribe: () => Promise<unknown>, trigger: () => Promise<unknown>, abort: AbortController) {
  const timeout = setTimeout(() => abort.abort(), 10_000);
  try {
    const iterator = ((await subscribe()) as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    let settled = false;
    const first = iterator.next().finally(() => (settled = true));
    first.catch(() => undefined); // read below; this only keeps an early refusal from counting as unhandled
    // Presence keeps no history: trigger again until the subscriber, listening by now, hears one.
    while (!settled && !abort.signal.aborted) {
      await trigger();
      await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 200))]).catch(() => undefined);
    }
    const item = await first;
    if (item.done) throw new Error("The subscription ended without an item");
  } finally {
    clearTimeout(timeout);
    abort.abort();
  }
}

async function outcomeFor(path: string, type: string, entry: Entry, kind: Kind): Promise<Outcome> {
  const world = await worldFor(entry.setting, kind);
  const input = entry.input ? await entry.input(world) : undefined;
  const abort = new AbortController();
  const caller = await callerOf(kind, world, entry.ip, abort.signal);
  const call = () => procedureAt(caller, path)(input);
  if (type !== "subscription") return outcomeOf(call);
  const trigger = entry.trigger;
  if (!trigger) throw new Error(`${path} needs a trigger`);
  return outcomeOf(() => firstItem(call, () => trigger(world), abort));
}

describe("authorization matrix", () => {
  const procedures = routerProcedures();

  it("has an entry for every procedure of the router, and none for a procedure that is gone", () => {
    const paths = procedures.map((p) => p.path);
    expect(paths.filter((path) => !(path in table))).toEqual([]);
    expect(Object.keys(table).filter((path) => !paths.includes(path))).toEqual([]);
    expect(procedures.filter((p) => p.type === "subscription").map((p) => p.path)).toEqual(["agreement.presence", "agreement.updates"]);
  });

  it.each(procedures.filter((p) => p.path in table))("$path ($type) answers each kind of caller as the table says", async ({ path, type }) => {
    const entry = table[path]!;
    // One kind after another: six worlds at once crowd the connection pool on a busy machine.
    const outcomes: Partial<Record<Kind, Outcome>> = {};
    for (const kind of kinds) outcomes[kind] = await outcomeFor(path, type, entry, kind);
    expect(outcomes).toEqual(entry.expected);
  });
});
