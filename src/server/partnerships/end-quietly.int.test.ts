import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor } from "@/test/callers";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { decideNotToGoAhead } from "./not-going-ahead";
import type { PartnershipStatus } from "./rules";
import { endQuietly, runTransition } from "./transitions";

const db = getDb();

type Member = Awaited<ReturnType<typeof onboardedMember>>;

/** Two members with room for three partnerships each, sharing an hour nobody else's tests use. */
async function roomyPair(hour = isolatedSchedule()) {
  const [a, b] = await Promise.all([onboardedMember(db, hour), onboardedMember(db, hour)]);
  for (const member of [a, b]) await callerFor({ member }).api.partnerships.setCapacity({ capacity: 3 });
  return { a, b, hour };
}

/** A partnership between the two, moved to `status` by the kernel's own transitions. */
async function partnershipIn(status: PartnershipStatus, sender: Member, recipient: Member) {
  const { partnershipId } = await newPartnership(db, { sender, recipient });
  if (status !== "DRAFTING") await runTransition(db, { partnershipId, memberId: sender.id, action: "ACTIVATE", data: {} });
  if (status === "PAUSED") await runTransition(db, { partnershipId, memberId: sender.id, action: "PAUSE", data: {} });
  return partnershipId;
}

async function written(partnershipId: string) {
  return db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      status: true,
      doNotRematch: true,
      endedAt: true,
      members: { select: { status: true } },
      events: { select: { type: true, actorId: true, data: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
}

const noticesAndEmails = async (members: Member[]) => {
  const ids = members.map((m) => m.id);
  const [notices, emails] = await Promise.all([db.notification.count({ where: { memberId: { in: ids } } }), db.emailOutbox.count({ where: { memberId: { in: ids } } })]);
  return { notices, emails };
};

describe("endQuietly", () => {
  it.each(["DRAFTING", "ACTIVE", "PAUSED"] as const)("ends a %s partnership between the pair with one quiet ENDED event and no notice", async (status) => {
    const { a, b } = await roomyPair();
    const partnershipId = await partnershipIn(status, a, b);
    const before = await noticesAndEmails([a, b]);

    const ended = await db.$transaction((tx) => endQuietly(tx, { memberId: a.id, otherId: b.id }));

    expect(ended).toEqual([partnershipId]);
    const now = await written(partnershipId);
    expect(now).toMatchObject({ status: "ENDED", doNotRematch: true, endedAt: expect.any(Date) });
    expect(now.members.map((m) => m.status)).toEqual(["ENDED", "ENDED"]);
    expect(now.events.filter((e) => e.type === "ENDED")).toEqual([{ type: "ENDED", actorId: null, data: { how: "QUIETLY" } }]);
    expect(await noticesAndEmails([a, b])).toEqual(before);

    // A second call finds nothing open between them.
    expect(await db.$transaction((tx) => endQuietly(tx, { memberId: b.id, otherId: a.id }))).toEqual([]);
    expect((await written(partnershipId)).events.filter((e) => e.type === "ENDED")).toHaveLength(1);
  });

  it("leaves the member's partnerships with anyone else as they are", async () => {
    const { a, b, hour } = await roomyPair();
    const c = await onboardedMember(db, hour);
    const withB = await partnershipIn("ACTIVE", a, b);
    const withC = await partnershipIn("ACTIVE", c, a);

    expect(await db.$transaction((tx) => endQuietly(tx, { memberId: a.id, otherId: b.id }))).toEqual([withB]);
    expect((await written(withC)).status).toBe("ACTIVE");
    expect((await written(withC)).events.map((e) => e.type)).toEqual(["CREATED", "ACTIVATED"]);
  });

  it("without otherId, ends every open partnership of the member and none that already ended", async () => {
    const { a, b, hour } = await roomyPair();
    const c = await onboardedMember(db, hour);
    const withB = await partnershipIn("DRAFTING", a, b);
    const withC = await partnershipIn("PAUSED", c, a);
    const ended = await db.$transaction((tx) => endQuietly(tx, { memberId: a.id }));
    expect(ended.sort()).toEqual([withB, withC].sort());
    expect(await db.$transaction((tx) => endQuietly(tx, { memberId: a.id }))).toEqual([]);
  });

  it("and a partner's not-going-ahead at the same moment: exactly one ENDED event, whichever runs first", async () => {
    for (let round = 0; round < 3; round++) {
      const { a, b } = await roomyPair();
      const partnershipId = await partnershipIn("DRAFTING", a, b);
      const [quiet, stepBack] = await Promise.allSettled([
        db.$transaction((tx) => endQuietly(tx, { memberId: a.id, otherId: b.id })),
        decideNotToGoAhead(db, b.id, partnershipId),
      ]);
      const endings = (await written(partnershipId)).events.filter((e) => e.type === "ENDED");
      expect(endings).toHaveLength(1);
      if (stepBack.status === "rejected") {
        expect(stepBack.reason).toMatchObject({ code: "PRECONDITION_FAILED" });
        expect(quiet).toMatchObject({ status: "fulfilled", value: [partnershipId] });
        expect(endings[0]).toMatchObject({ actorId: null, data: { how: "QUIETLY" } });
      } else {
        expect(quiet).toMatchObject({ status: "fulfilled", value: [] });
        expect(endings[0]).toMatchObject({ actorId: b.id, data: { how: "NOT_GOING_AHEAD" } });
      }
    }
  });
});
