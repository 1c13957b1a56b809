import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { apiOf } from "@/test/agreement-docs";
import { checkInPartnership, logLatestInput } from "@/test/check-ins";
import { openReview, reviewAnswers } from "@/test/reviews";

const db = getDb();
const summaryOf = async (member: { id: string }, partnershipId: string) => (await apiOf(member).partnerships.list()).find((p) => p.id === partnershipId);

// What the dashboard and the partnerships list say is waiting on each partnership (issue 16 item 4).
describe("partnerships.list: where each partnership stands", () => {
  it("names a review until this member has answered it, whatever their partner has done", async () => {
    const { partnershipId, a, b, reviewId } = await openReview(db);
    expect(await summaryOf(a, partnershipId)).toMatchObject({ reviewWaitingId: reviewId, endsAfterCheckInAt: null, endedAt: null });
    await apiOf(a).reviews.submit(reviewAnswers(reviewId));
    expect((await summaryOf(a, partnershipId))?.reviewWaitingId).toBeNull();
    expect((await summaryOf(b, partnershipId))?.reviewWaitingId).toBe(reviewId);
  });

  it("gives the final check-in's time while an ending waits for it, and the day it ended once it has, with no review left waiting", async () => {
    const { partnershipId, a, b } = await openReview(db);
    const scheduled = await apiOf(a).endings.end({ partnershipId, timing: "AFTER_FINAL_CHECK_IN" });
    if (scheduled.status !== "SCHEDULED") throw new Error("expected a scheduled ending");
    expect((await summaryOf(b, partnershipId))?.endsAfterCheckInAt).toEqual(scheduled.finalCheckInAt);

    const other = await checkInPartnership(db);
    await apiOf(other.b).endings.end({ partnershipId: other.partnershipId, timing: "NOW" });
    const ended = await summaryOf(other.a, other.partnershipId);
    expect(ended).toMatchObject({ status: "ENDED", reviewWaitingId: null, endsAfterCheckInAt: null });
    expect(ended?.endedAt).toBeInstanceOf(Date);
  });

  it("says whether a check-in was logged yet, for both partners, from the first one logged", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    expect((await summaryOf(a, partnershipId))?.checkedIn).toBe(false);
    await apiOf(b).checkIns.log(logLatestInput(partnershipId));
    expect((await summaryOf(a, partnershipId))?.checkedIn).toBe(true);
    expect((await summaryOf(b, partnershipId))?.checkedIn).toBe(true);
  });
});
