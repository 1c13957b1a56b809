import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { suggestionsFor } from "@/server/matching/suggestions";
import { callerFor } from "@/test/callers";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { acceptRequest, declineRequest, sendRequest, withdrawRequest } from "./service";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;

async function trio() {
  const hour = isolatedSchedule();
  const [a, b, c] = await Promise.all([
    onboardedMember(db, hour, { displayName: "Ola" }),
    onboardedMember(db, hour, { displayName: "Tala" }),
    onboardedMember(db, hour, { displayName: "Ren" }),
  ]);
  return { a, b, c };
}

describe("requests.list: the person asked sees why too", () => {
  it("shows the recipient the reasons, talk-about and shared times their own suggestion card would show", async () => {
    const { a, b } = await trio();
    // What b's card for a says, before the request takes a out of b's suggestions.
    const card = (await suggestionsFor(db, b.id)).suggestions.find((s) => s.memberId === a.id)!;
    expect(card).toBeDefined();
    await sendRequest(db, a.id, { recipientId: b.id, note: "Shall we?" });

    const { incoming } = await apiOf(b).requests.list();
    expect(incoming).toHaveLength(1);
    expect(incoming[0]!.why).toEqual({ total: card.total, reasons: card.reasons, talkAbout: card.talkAbout, suggestedSlots: card.suggestedSlots });
    expect(incoming[0]!.why!.reasons.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(incoming)).not.toContain("@");
  });
});

describe("requests.list: past requests", () => {
  it("keeps answered requests to the member with what became of them, and never tells the sender more", async () => {
    const { a, b, c } = await trio();
    const declined = await sendRequest(db, a.id, { recipientId: b.id, note: null });
    await declineRequest(db, b.id, declined.requestId);
    const withdrawn = await sendRequest(db, c.id, { recipientId: b.id, note: null });
    await withdrawRequest(db, c.id, withdrawn.requestId);

    const lists = await apiOf(b).requests.list();
    expect(lists.incoming).toEqual([]);
    expect(lists.pastIncoming.map((r) => [r.from.displayName, r.outcome])).toEqual([
      ["Ren", "WITHDRAWN"],
      ["Ola", "DECLINED"],
    ]);
    for (const past of lists.pastIncoming) expect(past.endedAt.getTime()).toBeGreaterThanOrEqual(past.sentAt.getTime());

    // The sender still sees only "not available", and nothing of it among requests to them.
    const sender = await apiOf(a).requests.list();
    expect(sender.outgoing.map((r) => r.outcome)).toEqual(["UNAVAILABLE"]);
    expect(sender.pastIncoming).toEqual([]);
  });

  it("links an accepted request to the partnership", async () => {
    const { a, b } = await trio();
    const sent = await sendRequest(db, a.id, { recipientId: b.id, note: null });
    const { partnershipId } = await acceptRequest(db, b.id, sent.requestId);
    const { pastIncoming } = await apiOf(b).requests.list();
    expect(pastIncoming).toEqual([expect.objectContaining({ outcome: "ACCEPTED", partnershipId })]);
  });

  it("leaves out requests from someone in a block with the member", async () => {
    const { a, b } = await trio();
    const sent = await sendRequest(db, a.id, { recipientId: b.id, note: null });
    await declineRequest(db, b.id, sent.requestId);
    await apiOf(b).blocks.block({ memberId: a.id });
    expect((await apiOf(b).requests.list()).pastIncoming).toEqual([]);
  });
});
