import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { runTransition } from "@/server/partnerships/transitions";
import { endings } from "@/server/partnerships/rules";
import { agreementText } from "@/shared/agreement/doc";
import { currentDoc, apiOf } from "@/test/agreement-docs";
import { onboardedMember } from "@/test/onboarding";
import { openReview, reviewAnswers } from "@/test/reviews";
import { reviewProposalSection } from "./renegotiate";

const db = getDb();

const written = async (reviewId: string) => ({
  answers: await db.reviewAnswer.count({ where: { reviewId } }),
  events: await db.partnershipEvent.count({ where: { type: { in: ["REVIEW_SUBMITTED", "REVIEW_REVEALED"] }, data: { path: ["reviewId"], equals: reviewId } } }),
  review: await db.partnershipReview.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true, nextStep: true } }),
});

describe("answering a review", () => {
  it("keeps answers private until both have answered, then reveals them with the suggested next step", async () => {
    const { a, b, partnershipId, reviewId } = await openReview(db);
    expect(await apiOf(a).reviews.list({ partnershipId })).toMatchObject([{ id: reviewId, kind: "QUARTERLY", number: 1, status: "OPEN", answeredByMe: false, answeredByPartner: false }]);

    await expect(apiOf(a).reviews.submit(reviewAnswers(reviewId, "CONTINUE", "Shorter calls."))).resolves.toEqual({ revealed: false });
    const mineOnly = await apiOf(a).reviews.get({ reviewId });
    expect(mineOnly).toMatchObject({ status: "OPEN", mine: { preference: "CONTINUE", change: "Shorter calls." }, partner: null, partnerAnswered: false, nextStep: null });
    const theirView = await apiOf(b).reviews.get({ reviewId });
    expect(theirView).toMatchObject({ mine: null, partner: null, partnerAnswered: true });
    expect(JSON.stringify(theirView)).not.toContain("Shorter calls.");
    expect(await apiOf(b).reviews.list({ partnershipId })).toMatchObject([{ answeredByMe: false, answeredByPartner: true }]);

    await expect(apiOf(b).reviews.submit(reviewAnswers(reviewId, "PAUSE", "More time for work."))).resolves.toEqual({ revealed: true });
    const revealed = await apiOf(a).reviews.get({ reviewId });
    expect(revealed).toMatchObject({
      status: "REVEALED",
      nextStep: "PAUSE",
      mine: { change: "Shorter calls." },
      partner: { change: "More time for work.", preference: "PAUSE" },
      nextStepReason: expect.stringContaining("changes more"),
      nextReviewAt: expect.any(Date),
    });
    expect(revealed.nextReviewAt!.getTime()).toBeGreaterThan(Date.now());

    const events = await db.partnershipEvent.findMany({ where: { partnershipId, type: { in: ["REVIEW_SUBMITTED", "REVIEW_REVEALED"] } }, select: { type: true, actorId: true, data: true }, orderBy: { createdAt: "asc" } });
    expect(events).toEqual([
      { type: "REVIEW_SUBMITTED", actorId: a.id, data: { reviewId } },
      { type: "REVIEW_SUBMITTED", actorId: b.id, data: { reviewId } },
      { type: "REVIEW_REVEALED", actorId: null, data: { reviewId, nextStep: "PAUSE" } },
    ]);
    const notices = await db.notification.findMany({ where: { type: "REVIEW_REVEALED", data: { path: ["reviewId"], equals: reviewId } }, select: { memberId: true, data: true } });
    expect(notices.map((n) => [n.memberId, (n.data as { fromMemberId: string }).fromMemberId]).sort()).toEqual([[a.id, b.id], [b.id, a.id]].sort());
  });

  it("takes one answer per member: a second is refused and writes nothing, even two at once", async () => {
    const { a, reviewId } = await openReview(db);
    const results = await Promise.allSettled([apiOf(a).reviews.submit(reviewAnswers(reviewId)), apiOf(a).reviews.submit(reviewAnswers(reviewId, "END"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", message: expect.stringContaining("already sent your answers") } });
    await expect(apiOf(a).reviews.submit(reviewAnswers(reviewId))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await written(reviewId)).toMatchObject({ answers: 1, events: 1, review: { status: "OPEN" } });
  });

  it("reveals exactly once when both answer at the same moment", async () => {
    const { a, b, reviewId } = await openReview(db);
    const results = await Promise.all([apiOf(a).reviews.submit(reviewAnswers(reviewId, "RENEGOTIATE")), apiOf(b).reviews.submit(reviewAnswers(reviewId))]);
    expect(results.map((r) => r.revealed).sort()).toEqual([false, true]);
    expect(await written(reviewId)).toEqual({ answers: 2, events: 3, review: { status: "REVEALED", nextStep: "RENEGOTIATE" } });
  });

  it("closes unanswered when the partnership ends, in whichever order the two arrive", async () => {
    for (let round = 0; round < 3; round++) {
      const { a, b, partnershipId, reviewId } = await openReview(db);
      const end = () => runTransition(db, { partnershipId, memberId: b.id, action: "END", data: { how: "CHOSEN", quietly: false }, only: endings.CHOSEN.from });
      const [submitted, ended] = await Promise.allSettled([apiOf(a).reviews.submit(reviewAnswers(reviewId)), end()]);
      expect(ended.status).toBe("fulfilled");
      if (submitted.status === "rejected") expect(submitted.reason).toMatchObject({ code: "PRECONDITION_FAILED" });
      expect((await written(reviewId)).review.status).toBe("CLOSED");
      await expect(apiOf(b).reviews.submit(reviewAnswers(reviewId))).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
      expect(await db.reviewAnswer.count({ where: { reviewId, memberId: b.id } })).toBe(0);
    }
  });

  it("an answer given before the partnership ends stays unrevealed: the review closes", async () => {
    const { a, b, partnershipId, reviewId } = await openReview(db);
    await apiOf(a).reviews.submit(reviewAnswers(reviewId));
    await runTransition(db, { partnershipId, memberId: b.id, action: "END", data: { how: "CHOSEN", quietly: false }, only: endings.CHOSEN.from });
    expect(await written(reviewId)).toEqual({ answers: 1, events: 1, review: { status: "CLOSED", nextStep: null } });
    expect(await apiOf(b).reviews.get({ reviewId })).toMatchObject({ status: "CLOSED", partner: null, partnerAnswered: true });
  });

  it("refuses a revealed review", async () => {
    const { a, b, reviewId } = await openReview(db);
    await apiOf(a).reviews.submit(reviewAnswers(reviewId));
    await apiOf(b).reviews.submit(reviewAnswers(reviewId));
    await expect(apiOf(a).reviews.submit(reviewAnswers(reviewId))).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("who may see a review", () => {
  it("a stranger, a blocked pair and an unknown id all get the same NOT_FOUND, and nothing is written", async () => {
    const { a, b, partnershipId, reviewId } = await openReview(db);
    const stranger = await onboardedMember(db);
    const notFound = { code: "NOT_FOUND", message: "We couldn't find that review." };
    await expect(apiOf(stranger).reviews.get({ reviewId })).rejects.toMatchObject(notFound);
    await expect(apiOf(stranger).reviews.submit(reviewAnswers(reviewId))).rejects.toMatchObject(notFound);
    await expect(apiOf(stranger).reviews.renegotiate({ reviewId })).rejects.toMatchObject(notFound);
    await expect(apiOf(stranger).reviews.list({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(a).reviews.get({ reviewId: "cm0nosuchreview00000000000" })).rejects.toMatchObject(notFound);
    await expect(apiOf(a).reviews.submit(reviewAnswers("cm0nosuchreview00000000000"))).rejects.toMatchObject(notFound);

    await db.block.create({ data: { blockerId: b.id, blockedId: a.id } });
    await expect(apiOf(a).reviews.get({ reviewId })).rejects.toMatchObject(notFound);
    await expect(apiOf(a).reviews.submit(reviewAnswers(reviewId))).rejects.toMatchObject(notFound);
    await expect(apiOf(b).reviews.submit(reviewAnswers(reviewId))).rejects.toMatchObject(notFound);
    expect(await written(reviewId)).toMatchObject({ answers: 0, events: 0 });
  });
});

describe("bad input", () => {
  it("refuses ratings out of range or fractional, control characters and text too long, writing nothing", async () => {
    const { a, reviewId } = await openReview(db);
    const bad = [
      { ...reviewAnswers(reviewId), commitment: 0 },
      { ...reviewAnswers(reviewId), scheduleFit: 6 },
      { ...reviewAnswers(reviewId), values: 1.5 },
      { ...reviewAnswers(reviewId), communication: Number.NaN },
      { ...reviewAnswers(reviewId), working: "Good\u0000calls" },
      { ...reviewAnswers(reviewId), change: "x".repeat(1001) },
      { ...reviewAnswers(reviewId), preference: "LEAVE" as "END" },
      { ...reviewAnswers(reviewId), reviewId: "not an id!" },
    ];
    for (const input of bad) await expect(apiOf(a).reviews.submit(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await written(reviewId)).toMatchObject({ answers: 0, events: 0 });
    await expect(apiOf(a).reviews.submit({ ...reviewAnswers(reviewId), change: "y".repeat(1000) })).resolves.toEqual({ revealed: false });
  });
});

describe("renegotiating from a review", () => {
  it("opens an amendment draft with both proposals, leaving the version in force as it was", async () => {
    const { a, b, partnershipId, reviewId, versionId } = await openReview(db);
    await expect(apiOf(a).reviews.renegotiate({ reviewId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await apiOf(a).reviews.submit(reviewAnswers(reviewId, "RENEGOTIATE", "Swap Friday for Sunday."));
    await apiOf(b).reviews.submit(reviewAnswers(reviewId, "CONTINUE", "A shorter question list."));
    const inForceBefore = await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true, hash: true, status: true } });

    const opened = await apiOf(b).reviews.renegotiate({ reviewId });
    expect(opened).toMatchObject({ partnershipId, draftId: expect.any(String), opened: true });
    const text = agreementText(await currentDoc(a, partnershipId), reviewProposalSection).toString();
    expect(text).toContain("From our review (");
    const nameOf = async (id: string) => (await db.member.findUniqueOrThrow({ where: { id }, select: { displayName: true } })).displayName;
    expect(text).toContain(`${await nameOf(a.id)}: Swap Friday for Sunday.`);
    expect(text).toContain(`${await nameOf(b.id)}: A shorter question list.`);
    const before = (inForceBefore.content as { text: Record<string, string> }).text[reviewProposalSection]!;
    expect(text.startsWith(before)).toBe(true);
    expect(await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true, hash: true, status: true } })).toEqual(inForceBefore);

    const again = await apiOf(a).reviews.renegotiate({ reviewId });
    expect(again).toEqual({ partnershipId, draftId: opened.draftId, opened: false });
    const after = agreementText(await currentDoc(b, partnershipId), reviewProposalSection).toString();
    expect(after.match(/From our review/g)).toHaveLength(1);
  });

  it("stays within the section's length when the proposals are long", async () => {
    const { a, b, partnershipId, reviewId } = await openReview(db);
    await apiOf(a).reviews.submit(reviewAnswers(reviewId, "RENEGOTIATE", "a".repeat(1000)));
    await apiOf(b).reviews.submit(reviewAnswers(reviewId, "RENEGOTIATE", "b".repeat(1000)));
    await apiOf(a).reviews.renegotiate({ reviewId });
    const text = agreementText(await currentDoc(a, partnershipId), reviewProposalSection).toString();
    expect(text.length).toBeLessThanOrEqual(1500);
    expect(text).toContain("From our review (");
    expect(text.endsWith("…")).toBe(true);
  });
});
