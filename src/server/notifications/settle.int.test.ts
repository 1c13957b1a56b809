import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { apiOf, proposeCurrent } from "@/test/agreement-docs";
import { onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { dayFromNow, pausePartnership } from "@/test/pauses";
import { openReview, reviewAnswers } from "@/test/reviews";
import { notify, settleNotices } from "./service";

const db = getDb();
const unreadOf = (member: { id: string }) => apiOf(member).notifications.unreadCount();
const readAtOf = (memberId: string, type: "REQUEST_RECEIVED" | "AGREEMENT_PROPOSED" | "AGREEMENT_CHANGES_REQUESTED") =>
  db.notification.findMany({ where: { memberId, type }, orderBy: { createdAt: "asc" }, select: { readAt: true, data: true } });

describe("acting on a notice's subject reads the notice", () => {
  it("accepting a request reads its REQUEST_RECEIVED, and only that one", async () => {
    const [me, sam, kit] = [await onboardedMember(db), await onboardedMember(db), await onboardedMember(db)];
    const { requestId } = await apiOf(sam).requests.send({ recipientId: me.id });
    await apiOf(kit).requests.send({ recipientId: me.id });
    expect(await unreadOf(me)).toBe(2);

    await apiOf(me).requests.accept({ requestId });
    expect(await unreadOf(me)).toBe(1);
    const notices = await readAtOf(me.id, "REQUEST_RECEIVED");
    expect(notices.map((n) => [(n.data as { requestId: string }).requestId === requestId, n.readAt !== null])).toEqual([
      [true, true],
      [false, false],
    ]);
    // The sender's own notice (REQUEST_ACCEPTED) is theirs to read.
    expect(await unreadOf(sam)).toBe(1);
  });

  it("declining reads it, and so does the sender withdrawing (the request asks nothing more)", async () => {
    const [me, sam, kit] = [await onboardedMember(db), await onboardedMember(db), await onboardedMember(db)];
    const fromSam = await apiOf(sam).requests.send({ recipientId: me.id });
    const fromKit = await apiOf(kit).requests.send({ recipientId: me.id });
    await apiOf(me).requests.decline({ requestId: fromSam.requestId });
    expect(await unreadOf(me)).toBe(1);
    await apiOf(kit).requests.withdraw({ requestId: fromKit.requestId });
    expect(await unreadOf(me)).toBe(0);
  });

  it("a refused answer reads nothing", async () => {
    const [me, sam, stranger] = [await onboardedMember(db), await onboardedMember(db), await onboardedMember(db)];
    const { requestId } = await apiOf(sam).requests.send({ recipientId: me.id });
    await expect(apiOf(stranger).requests.decline({ requestId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(sam).requests.accept({ requestId })).rejects.toBeTruthy();
    expect(await unreadOf(me)).toBe(1);
  });

  it("asking for changes reads AGREEMENT_PROPOSED; proposing again reads the request for changes; signing reads the new proposal", async () => {
    const { partnershipId, sender, recipient } = await newPartnership(db);
    await apiOf(sender).notifications.markRead({});
    await apiOf(recipient).notifications.markRead({});
    const first = await proposeCurrent(sender, partnershipId);
    expect(await unreadOf(recipient)).toBe(1);
    await apiOf(recipient).agreement.requestChanges({ partnershipId, versionId: first.versionId, comment: "Could we meet on Fridays?" });
    expect((await readAtOf(recipient.id, "AGREEMENT_PROPOSED")).every((n) => n.readAt !== null)).toBe(true);
    expect(await unreadOf(sender)).toBe(1);

    const second = await proposeCurrent(sender, partnershipId);
    expect((await readAtOf(sender.id, "AGREEMENT_CHANGES_REQUESTED")).every((n) => n.readAt !== null)).toBe(true);
    expect(await unreadOf(recipient)).toBe(1);
    await apiOf(recipient).agreement.sign({ partnershipId, versionId: second.versionId, hash: second.hash });
    expect(await unreadOf(recipient)).toBe(0);
    expect(await unreadOf(sender)).toBe(1);
  });

  it("answering a pause request reads its PAUSE_REQUESTED; answering a review reads its REVIEW_DUE", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    await apiOf(b).notifications.markRead({});
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(2), resumesOn: dayFromNow(5) });
    expect(await unreadOf(b)).toBe(1);
    await apiOf(b).pauses.answer({ partnershipId, pauseId, answer: "DECLINE" });
    expect(await unreadOf(b)).toBe(0);

    const review = await openReview(db);
    const [first, second] = [review.a, review.b];
    await apiOf(first).notifications.markRead({});
    const due = (memberId: string) => db.$transaction((tx) => notify(tx, { memberId, type: "REVIEW_DUE", data: { partnershipId: review.partnershipId, reviewId: review.reviewId, trial: false } }));
    await due(first.id);
    await due(second.id);
    expect(await unreadOf(first)).toBe(1);
    await apiOf(first).reviews.submit(reviewAnswers(review.reviewId));
    expect(await unreadOf(first)).toBe(0);
    expect((await db.notification.findMany({ where: { memberId: second.id, type: "REVIEW_DUE" }, select: { readAt: true } })).every((n) => n.readAt === null)).toBe(true);
  });

  it("touches only the member's own notices about that very subject", async () => {
    const [me, other, from] = [await onboardedMember(db), await onboardedMember(db), await onboardedMember(db)];
    const send = (memberId: string, requestId: string) => db.$transaction((tx) => notify(tx, { memberId, type: "REQUEST_RECEIVED", data: { requestId, fromMemberId: from.id } }));
    await send(me.id, "req1");
    await send(me.id, "req10");
    await send(other.id, "req1");
    expect(await db.$transaction((tx) => settleNotices(tx, me.id, ["REQUEST_RECEIVED"], { requestId: "req1" }))).toBe(1);
    expect(await db.$transaction((tx) => settleNotices(tx, me.id, ["AGREEMENT_PROPOSED"], { requestId: "req10" }))).toBe(0);
    expect(await db.$transaction((tx) => settleNotices(tx, me.id, [], { requestId: "req10" }))).toBe(0);
    expect(await unreadOf(me)).toBe(1);
    expect(await unreadOf(other)).toBe(1);
  });
});

describe("seeing the page a notice links to reads it (notifications.markReadOnPage)", () => {
  it("/requests reads the requests received, and nothing else of the member's or anyone's", async () => {
    const [me, sam, kit] = [await onboardedMember(db), await onboardedMember(db), await onboardedMember(db)];
    await apiOf(sam).requests.send({ recipientId: me.id });
    await apiOf(kit).requests.send({ recipientId: sam.id });
    const { partnershipId, recipient } = await newPartnership(db);
    expect(await unreadOf(me)).toBe(1);

    expect(await apiOf(me).notifications.markReadOnPage({ path: "/dashboard" })).toEqual({ marked: 0 });
    expect(await apiOf(me).notifications.markReadOnPage({ path: "/requests" })).toEqual({ marked: 1 });
    expect(await unreadOf(me)).toBe(0);
    expect(await unreadOf(sam)).toBe(1);
    // Another member's partnership page is not the reader's: their notices about it stay unread.
    const partnerUnread = await unreadOf(recipient);
    expect(await apiOf(me).notifications.markReadOnPage({ path: `/partnerships/${partnershipId}` })).toEqual({ marked: 0 });
    expect(await unreadOf(recipient)).toBe(partnerUnread);
  });

  it("a partnership's page reads the notices that link to it, and its agreement page those that link there", async () => {
    const { partnershipId, sender, recipient } = await newPartnership(db);
    await apiOf(recipient).notifications.markRead({});
    await proposeCurrent(sender, partnershipId);
    expect(await unreadOf(recipient)).toBe(1);
    const href = (await apiOf(recipient).notifications.list()).items[0]!.href;
    expect(await apiOf(recipient).notifications.markReadOnPage({ path: href === `/partnerships/${partnershipId}` ? "/requests" : `/partnerships/${partnershipId}` })).toEqual({ marked: 0 });
    expect(await apiOf(recipient).notifications.markReadOnPage({ path: href })).toEqual({ marked: 1 });
    expect(await unreadOf(recipient)).toBe(0);
    // Already read: a second look marks nothing.
    expect(await apiOf(recipient).notifications.markReadOnPage({ path: href })).toEqual({ marked: 0 });
  });

  it("refuses an address that isn't a page, writing nothing", async () => {
    const [me, sam] = [await onboardedMember(db), await onboardedMember(db)];
    await apiOf(sam).requests.send({ recipientId: me.id });
    for (const path of ["requests", "/requests?x=1", "/requests\u0000", "//evil.example", `/${"a".repeat(300)}`, "https://example.com/requests"]) {
      await expect(apiOf(me).notifications.markReadOnPage({ path })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await unreadOf(me)).toBe(1);
  });
});
