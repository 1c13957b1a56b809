import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { runTransition } from "@/server/partnerships/transitions";
import { canonicalJson } from "@/shared/agreement/canonical";
import { agreementFields, agreementText, readAgreementDoc } from "@/shared/agreement/doc";
import { apiOf, currentDoc, proposeCurrent, pushEdit } from "@/test/agreement-docs";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { newPartnership } from "@/test/partners";

const db = getDb();

/** An ACTIVE partnership whose version 1 the recipient signed. */
async function active() {
  const p = await newPartnership(db);
  const v1 = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v1.versionId, hash: v1.hash });
  return { ...p, v1 };
}

/** Version 1 in force, and a change to it (version 2 and its draft) that never came into force. */
const changeNotInForce = {
  versions: [
    { number: 1, status: "IN_FORCE" },
    { number: 2, status: "WITHDRAWN" },
  ],
  drafts: [
    { kind: "INITIAL", status: "IN_FORCE" },
    { kind: "AMENDMENT", status: "WITHDRAWN" },
  ],
};

async function written(partnershipId: string) {
  const [partnership, versions, drafts, events] = await Promise.all([
    db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { status: true } }),
    db.agreementVersion.findMany({ where: { partnershipId }, orderBy: { number: "asc" }, select: { number: true, status: true } }),
    db.agreementDraft.findMany({ where: { partnershipId }, orderBy: { createdAt: "asc" }, select: { kind: true, status: true } }),
    db.partnershipEvent.findMany({ where: { partnershipId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { type: true } }),
  ]);
  return { status: partnership.status, versions, drafts, events: events.map((e) => e.type) };
}

describe("renegotiation", () => {
  it("opens one amendment seeded from the version in force, co-edited, diffed, and signed into force in place of the old one", async () => {
    const { partnershipId, sender, recipient, v1 } = await active();
    await expect(apiOf(recipient).agreement.openAmendment({ partnershipId })).resolves.toMatchObject({ draftId: expect.any(String) });
    await expect(db.notification.findFirst({ where: { memberId: sender.id, type: "AMENDMENT_OPENED" } })).resolves.not.toBeNull();

    // The amendment starts as the version in force, loaded and pushed to like the first draft.
    const inForce = await db.agreementVersion.findUniqueOrThrow({ where: { id: v1.versionId } });
    expect(canonicalJson(readAgreementDoc(await currentDoc(sender, partnershipId)).content)).toBe(canonicalJson(inForce.content));
    await pushEdit(sender, partnershipId, (doc) => {
      agreementFields(doc).set("frequency", "FORTNIGHTLY");
      agreementFields(doc).set("weekdays", ["WE"]);
      agreementText(doc, "conflict").insert(0, "We talk the same week. ");
    });
    const live = await apiOf(recipient).agreement.signing({ partnershipId });
    expect(live).toMatchObject({ phase: "AMENDMENT_OPEN", inForce: { number: 1 }, proposal: null });
    expect(live.changes?.map((c) => c.section)).toEqual(["rhythm", "conflict"]);
    expect(live.changes?.[0]?.fields.map((f) => [f.key, f.after])).toEqual([
      ["frequency", "FORTNIGHTLY"],
      ["weekdays", ["WE"]],
    ]);
    expect(live.changes?.[1]?.words).toContainEqual({ text: "We talk the same week. ", change: "added" });

    const v2 = await proposeCurrent(sender, partnershipId);
    expect(v2.number).toBe(2);
    expect((await apiOf(recipient).agreement.signing({ partnershipId })).changes?.map((c) => c.section)).toEqual(["rhythm", "conflict"]);
    await expect(apiOf(recipient).agreement.sign({ partnershipId, versionId: v2.versionId, hash: v2.hash })).resolves.toEqual({ status: "ACTIVE" });

    const after = await written(partnershipId);
    expect(after).toMatchObject({
      status: "ACTIVE",
      versions: [
        { number: 1, status: "SUPERSEDED" },
        { number: 2, status: "IN_FORCE" },
      ],
      drafts: [
        { kind: "INITIAL", status: "IN_FORCE" },
        { kind: "AMENDMENT", status: "IN_FORCE" },
      ],
    });
    expect(after.events.slice(-4)).toEqual(["AMENDMENT_OPENED", "AGREEMENT_PROPOSED", "AGREEMENT_SIGNED", "AGREEMENT_IN_FORCE"]);
    await expect(db.notification.findFirst({ where: { memberId: sender.id, type: "AMENDMENT_IN_FORCE" } })).resolves.not.toBeNull();
    expect(await apiOf(sender).agreement.signing({ partnershipId })).toMatchObject({ phase: "IN_FORCE", inForce: { number: 2 }, changes: null });

    // The superseded version can't be signed, and the agreement in force can't be pushed to.
    await expect(apiOf(sender).agreement.sign({ partnershipId, versionId: v1.versionId, hash: v1.hash })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(pushEdit(sender, partnershipId, (doc) => agreementText(doc, "pause").insert(0, "x"))).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("refuses a superseded version with a clear reason", async () => {
    const { partnershipId, sender, recipient, v1 } = await active();
    await apiOf(sender).agreement.openAmendment({ partnershipId });
    await pushEdit(sender, partnershipId, (doc) => agreementText(doc, "pause").insert(0, "A week's notice. "));
    const v2 = await proposeCurrent(sender, partnershipId);
    await apiOf(recipient).agreement.sign({ partnershipId, versionId: v2.versionId, hash: v2.hash });
    await apiOf(recipient).agreement.openAmendment({ partnershipId });
    await expect(apiOf(sender).agreement.requestChanges({ partnershipId, versionId: v1.versionId, comment: "Old" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("newer version"),
    });
  });

  it("opens exactly one amendment when both partners open one at the same moment", async () => {
    const { partnershipId, sender, recipient } = await active();
    const results = await Promise.allSettled([apiOf(sender).agreement.openAmendment({ partnershipId }), apiOf(recipient).agreement.openAmendment({ partnershipId })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", message: expect.stringContaining("already open") } });
    expect((await written(partnershipId)).drafts.filter((d) => d.kind === "AMENDMENT")).toHaveLength(1);
  });

  it("lets either partner withdraw the amendment and its proposal; the version in force stays", async () => {
    const { partnershipId, sender, recipient } = await active();
    await apiOf(sender).agreement.openAmendment({ partnershipId });
    await pushEdit(sender, partnershipId, (doc) => agreementFields(doc).set("durationMinutes", 20));
    const v2 = await proposeCurrent(sender, partnershipId);
    await apiOf(recipient).agreement.withdrawAmendment({ partnershipId });
    expect(await written(partnershipId)).toMatchObject({
      status: "ACTIVE",
      ...changeNotInForce,
    });
    await expect(apiOf(recipient).agreement.sign({ partnershipId, versionId: v2.versionId, hash: v2.hash })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(apiOf(recipient).agreement.withdrawAmendment({ partnershipId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    // A new one can be opened afterwards, from version 1 again.
    await apiOf(recipient).agreement.openAmendment({ partnershipId });
    expect(readAgreementDoc(await currentDoc(sender, partnershipId)).content.fields.durationMinutes).not.toBe(20);
  });

  it("works while PAUSED, and refuses before anything is in force, once ENDED, and for strangers", async () => {
    const fresh = await newPartnership(db);
    await expect(apiOf(fresh.sender).agreement.openAmendment({ partnershipId: fresh.partnershipId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("isn't in force yet") });

    const { partnershipId, sender, recipient } = await active();
    const stranger = await createMember(db);
    await expect(apiOf(stranger).agreement.openAmendment({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).agreement.withdrawAmendment({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor().api.agreement.openAmendment({ partnershipId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(apiOf(sender).agreement.openAmendment(malformed({ partnershipId: "x\0y" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await runTransition(db, { partnershipId, memberId: sender.id, action: "PAUSE", data: {} });
    await apiOf(recipient).agreement.openAmendment({ partnershipId });
    await pushEdit(recipient, partnershipId, (doc) => agreementFields(doc).set("maxPauseWeeks", 6));
    const v2 = await proposeCurrent(recipient, partnershipId);
    await expect(apiOf(sender).agreement.sign({ partnershipId, versionId: v2.versionId, hash: v2.hash })).resolves.toEqual({ status: "PAUSED" });

    await apiOf(recipient).agreement.openAmendment({ partnershipId });
    await runTransition(db, { partnershipId, memberId: sender.id, action: "END", data: {} });
    const ended = await written(partnershipId);
    await expect(apiOf(recipient).agreement.withdrawAmendment({ partnershipId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("ended") });
    await expect(apiOf(recipient).agreement.openAmendment({ partnershipId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(pushEdit(recipient, partnershipId, (doc) => agreementText(doc, "pause").insert(0, "x"))).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await written(partnershipId)).toEqual(ended);
  });
});

describe("an ending closes what the agreement had open", () => {
  it("sets an open change aside and closes its proposal unsigned, with nobody named; the version in force stays", async () => {
    const { partnershipId, sender, recipient } = await active();
    await apiOf(sender).agreement.openAmendment({ partnershipId });
    await pushEdit(sender, partnershipId, (doc) => agreementFields(doc).set("durationMinutes", 20));
    const v2 = await proposeCurrent(sender, partnershipId);
    const endedAt = new Date();
    await runTransition(db, { partnershipId, memberId: recipient.id, action: "END", data: {} }, endedAt);

    expect(await written(partnershipId)).toMatchObject({
      status: "ENDED",
      ...changeNotInForce,
    });
    await expect(db.agreementVersion.findUniqueOrThrow({ where: { id: v2.versionId }, select: { withdrawnReason: true, withdrawnById: true, closedAt: true } })).resolves.toEqual({
      withdrawnReason: "PARTNERSHIP_ENDED",
      withdrawnById: null,
      closedAt: endedAt,
    });
    // Both read it as not signed in time, never as withdrawn by one of them, and it can't be signed.
    const list = await apiOf(recipient).agreement.versions({ partnershipId });
    expect(list.versions.map((v) => [v.number, v.status, v.endedUnsigned])).toEqual([
      [2, "WITHDRAWN", true],
      [1, "IN_FORCE", false],
    ]);
    await expect(apiOf(sender).agreement.version({ partnershipId, number: 2 })).resolves.toMatchObject({ meta: { standing: { status: "ENDED_UNSIGNED" } } });
    await expect(apiOf(recipient).agreement.signing({ partnershipId })).resolves.toMatchObject({ phase: "ENDED", proposal: null, inForce: { number: 1 } });
    await expect(apiOf(recipient).agreement.sign({ partnershipId, versionId: v2.versionId, hash: v2.hash })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("closes a first version still waiting for a signature when the two decide not to go ahead, or one blocks the other", async () => {
    const drafting = await newPartnership(db);
    const v1 = await proposeCurrent(drafting.sender, drafting.partnershipId);
    await apiOf(drafting.recipient).partnerships.notGoingAhead({ partnershipId: drafting.partnershipId });
    expect(await written(drafting.partnershipId)).toMatchObject({ status: "ENDED", versions: [{ number: 1, status: "WITHDRAWN" }], drafts: [{ kind: "INITIAL", status: "OPEN" }] });
    await expect(db.agreementVersion.findUniqueOrThrow({ where: { id: v1.versionId }, select: { withdrawnReason: true } })).resolves.toEqual({ withdrawnReason: "PARTNERSHIP_ENDED" });

    // A block ends the partnership quietly, through the same kernel step.
    const { partnershipId, sender, recipient } = await active();
    await apiOf(recipient).agreement.openAmendment({ partnershipId });
    await pushEdit(recipient, partnershipId, (doc) => agreementFields(doc).set("durationMinutes", 25));
    await proposeCurrent(recipient, partnershipId);
    await apiOf(sender).blocks.block({ memberId: recipient.id });
    expect(await written(partnershipId)).toMatchObject({
      status: "ENDED",
      ...changeNotInForce,
    });
  });
});
