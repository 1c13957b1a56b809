import { describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { acceptRequest, sendRequest } from "@/server/requests/service";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { onboardedMember } from "@/test/onboarding";
import { lockPartnership, withPartnership } from "./access";
import { runTransition } from "./transitions";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;

/** A DRAFTING partnership made the real way: a request sent by `sender` and accepted by `recipient`. */
async function partnership() {
  const [sender, recipient] = await Promise.all([onboardedMember(db), onboardedMember(db)]);
  const { requestId } = await sendRequest(db, sender.id, { recipientId: recipient.id, note: null });
  const { partnershipId } = await acceptRequest(db, recipient.id, requestId);
  return { partnershipId, requestId, sender: sender.id, recipient: recipient.id };
}

/** Everything a transition may write for this partnership. */
async function written(partnershipId: string) {
  const row = await db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      status: true,
      endedAt: true,
      members: { select: { memberId: true, status: true }, orderBy: { memberId: "asc" } },
      events: { select: { type: true, actorId: true, data: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const notices = await db.notification.count({ where: { memberId: { in: row.members.map((m) => m.memberId) } } });
  return { ...row, notices };
}

describe("lockPartnership", () => {
  it("gives a member the status, their own row and their partner's", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const access = await db.$transaction((tx) => lockPartnership(tx, { partnershipId, memberId: sender }));
    expect(access).toMatchObject({
      partnership: { id: partnershipId, status: "DRAFTING" },
      member: { memberId: sender, status: "DRAFTING", joinedAt: expect.any(Date) },
      partner: { memberId: recipient, status: "DRAFTING" },
    });
    const theirs = await db.$transaction((tx) => lockPartnership(tx, { partnershipId, memberId: recipient }));
    expect([theirs.member.memberId, theirs.partner.memberId]).toEqual([recipient, sender]);
  });

  it("answers a stranger exactly as it answers an id that does not exist: NOT_FOUND, never FORBIDDEN", async () => {
    const { partnershipId } = await partnership();
    const stranger = await createMember(db);
    const asStranger = db.$transaction((tx) => lockPartnership(tx, { partnershipId, memberId: stranger.id }));
    await expect(asStranger).rejects.toBeInstanceOf(AppError);
    await expect(asStranger).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that partnership." });
    await expect(db.$transaction((tx) => lockPartnership(tx, { partnershipId: "cm0doesnotexist0000000000", memberId: stranger.id }))).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "We couldn't find that partnership.",
    });
  });

  it("holds the row until the transaction ends, so a second member's work waits for the first", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const order: string[] = [];
    let firstHasLock!: () => void;
    const locked = new Promise<void>((resolve) => (firstHasLock = resolve));
    const first = withPartnership(db, { partnershipId, memberId: sender }, async () => {
      order.push("first locked");
      firstHasLock();
      await new Promise((resolve) => setTimeout(resolve, 300));
      order.push("first done");
    });
    await locked;
    const second = withPartnership(db, { partnershipId, memberId: recipient }, async () => {
      order.push("second locked");
    });
    await Promise.all([first, second]);
    expect(order).toEqual(["first locked", "first done", "second locked"]);
  });

  it("never makes a stranger wait on, or hold, a member's lock: membership is checked before locking", async () => {
    const { partnershipId, sender } = await partnership();
    const stranger = await createMember(db);
    const order: string[] = [];
    let memberHasLock!: () => void;
    const locked = new Promise<void>((resolve) => (memberHasLock = resolve));
    const member = withPartnership(db, { partnershipId, memberId: sender }, async () => {
      memberHasLock();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      order.push("member done");
    });
    await locked;
    await expect(withPartnership(db, { partnershipId, memberId: stranger.id }, async () => order.push("stranger locked"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    order.push("stranger refused");
    await member;
    expect(order).toEqual(["stranger refused", "member done"]);
  });
});

describe("runTransition", () => {
  it("creating a partnership records one CREATED event with the request it came from", async () => {
    const { partnershipId, requestId, recipient } = await partnership();
    expect((await written(partnershipId)).events).toEqual([{ type: "CREATED", actorId: recipient, data: { requestId } }]);
  });

  it("moves both the partnership and its members, writes exactly one event, and sends the notices it is given", async () => {
    const { partnershipId, requestId, sender, recipient } = await partnership();
    const before = await written(partnershipId);
    const after = await runTransition(db, {
      partnershipId,
      memberId: sender,
      action: "ACTIVATE",
      data: {},
      notify: ({ partner }) => [{ memberId: partner.memberId, type: "REQUEST_ACCEPTED", data: { requestId, partnershipId, fromMemberId: sender } }],
    });
    expect(after).toMatchObject({ partnership: { status: "ACTIVE" }, member: { memberId: sender, status: "ACTIVE" }, partner: { memberId: recipient, status: "ACTIVE" } });
    const now = await written(partnershipId);
    expect(now.status).toBe("ACTIVE");
    expect(now.members.every((m) => m.status === "ACTIVE")).toBe(true);
    expect(now.events.slice(before.events.length)).toEqual([{ type: "ACTIVATED", actorId: sender, data: {} }]);
    expect(now.notices).toBe(before.notices + 1);
    expect(await db.notification.count({ where: { memberId: recipient, type: "REQUEST_ACCEPTED" } })).toBe(1);
  });

  it("ending sets the end time and frees the place in both members' capacity", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const open = () => db.matchingPool.findMany({ where: { memberId: { in: [sender, recipient] } }, select: { openPartnerships: true } });
    expect((await open()).map((r) => r.openPartnerships)).toEqual([1, 1]);
    await runTransition(db, { partnershipId, memberId: recipient, action: "END", data: {} });
    const now = await written(partnershipId);
    expect(now.status).toBe("ENDED");
    expect(now.endedAt).toBeInstanceOf(Date);
    expect(now.events.map((e) => e.type)).toEqual(["CREATED", "ENDED"]);
    expect((await open()).map((r) => r.openPartnerships)).toEqual([0, 0]);
    expect(await apiOf({ id: sender }).partnerships.capacity()).toEqual({ capacity: 1, open: 0 });
  });

  it("refuses a move the state machine does not allow and writes nothing, not even the feature's own rows", async () => {
    const { partnershipId, sender } = await partnership();
    const before = await written(partnershipId);
    let applied = false;
    const pause = runTransition(db, {
      partnershipId,
      memberId: sender,
      action: "PAUSE",
      data: {},
      apply: async () => {
        applied = true;
      },
      notify: () => [{ memberId: sender, type: "REQUEST_RECEIVED", data: { requestId: "cm0x", fromMemberId: sender } }],
    });
    await expect(pause).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Reload the page") });
    expect(applied).toBe(false);
    await expect(
      runTransition(db, { partnershipId, memberId: sender, action: "RESUME", data: {}, refused: (status) => new AppError("PRECONDITION", `Nothing to resume while ${status}.`) }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: "Nothing to resume while DRAFTING." });
    expect(await written(partnershipId)).toEqual(before);
  });

  it("refuses a stranger with NOT_FOUND and event data its schema rejects, writing nothing either time", async () => {
    const { partnershipId, sender } = await partnership();
    const stranger = await createMember(db);
    const before = await written(partnershipId);
    await expect(runTransition(db, { partnershipId, memberId: stranger.id, action: "ACTIVATE", data: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A feature passing data its event does not define is a bug: it fails loudly and rolls back.
    const unknownData = { note: "hello" };
    // @ts-expect-error ACTIVATED carries no note: the types refuse it too.
    await expect(runTransition(db, { partnershipId, memberId: sender, action: "ACTIVATE", data: unknownData })).rejects.toThrow();
    expect(await written(partnershipId)).toEqual(before);
  });

  it("runs a transition again when PostgreSQL aborts it for a deadlock; the aborted attempt leaves nothing behind", async () => {
    const one = await partnership();
    const two = await partnership();
    const [x, y] = [await createMember(db), await createMember(db)];
    let attempts = 0;
    let arrived = 0;
    let release!: () => void;
    const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
    // Each transition's own writes lock x and y in opposite orders: PostgreSQL aborts one of them.
    const lockInOrder = (first: string, second: string) => async (tx: Tx) => {
      attempts += 1;
      await tx.$queryRawUnsafe(`SELECT id FROM member WHERE id = $1 FOR UPDATE`, first);
      if (++arrived === 2) release();
      await bothHoldOne;
      await tx.$queryRawUnsafe(`SELECT id FROM member WHERE id = $1 FOR UPDATE`, second);
    };
    await Promise.all([
      runTransition(db, { partnershipId: one.partnershipId, memberId: one.sender, action: "ACTIVATE", data: {}, apply: lockInOrder(x.id, y.id) }),
      runTransition(db, { partnershipId: two.partnershipId, memberId: two.sender, action: "ACTIVATE", data: {}, apply: lockInOrder(y.id, x.id) }),
    ]);
    expect(attempts).toBe(3);
    for (const { partnershipId } of [one, two]) {
      const now = await written(partnershipId);
      expect(now.status).toBe("ACTIVE");
      expect(now.events.map((e) => e.type)).toEqual(["CREATED", "ACTIVATED"]);
    }
  });

  it("parallel transitions on one partnership run one after the other: the first wins, the rest see its result", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const results = await Promise.allSettled([
      runTransition(db, { partnershipId, memberId: sender, action: "ACTIVATE", data: {} }),
      runTransition(db, { partnershipId, memberId: recipient, action: "ACTIVATE", data: {} }),
      runTransition(db, { partnershipId, memberId: sender, action: "ACTIVATE", data: {} }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect((await written(partnershipId)).events.map((e) => e.type)).toEqual(["CREATED", "ACTIVATED"]);

    // Pause and end at once: whichever runs second sees the first's status, so the timeline
    // always tells a story the state machine allows.
    const [paused, ended] = await Promise.allSettled([
      runTransition(db, { partnershipId, memberId: sender, action: "PAUSE", data: {} }),
      runTransition(db, { partnershipId, memberId: recipient, action: "END", data: {} }),
    ]);
    expect(ended.status).toBe("fulfilled");
    const now = await written(partnershipId);
    expect(now.status).toBe("ENDED");
    expect(now.events.map((e) => e.type)).toEqual(paused.status === "fulfilled" ? ["CREATED", "ACTIVATED", "PAUSED", "ENDED"] : ["CREATED", "ACTIVATED", "ENDED"]);
  });
});

describe("partnerships.capacity", () => {
  it("reads and sets the member's own limit, 1 to 3", async () => {
    const a = await onboardedMember(db);
    expect(await apiOf(a).partnerships.capacity()).toEqual({ capacity: 1, open: 0 });
    expect(await apiOf(a).partnerships.setCapacity({ capacity: 3 })).toEqual({ capacity: 3, open: 0 });
    expect((await db.profile.findUniqueOrThrow({ where: { memberId: a.id } })).partnershipCapacity).toBe(3);
  });

  it("refuses bad values and anonymous callers, and changes nothing", async () => {
    const a = await onboardedMember(db);
    for (const capacity of [0, 4, 1.5, "2"]) {
      await expect(apiOf(a).partnerships.setCapacity(malformed({ capacity }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(callerFor().api.partnerships.setCapacity({ capacity: 2 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const fresh = await createMember(db);
    await expect(apiOf(fresh).partnerships.setCapacity({ capacity: 2 })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await db.profile.findUniqueOrThrow({ where: { memberId: a.id } })).partnershipCapacity).toBe(1);
  });
});
