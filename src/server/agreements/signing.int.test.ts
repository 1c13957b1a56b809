import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { runTransition } from "@/server/partnerships/transitions";
import { canonicalJson } from "@/shared/agreement/canonical";
import { agreementFields, agreementText, readAgreementDoc } from "@/shared/agreement/doc";
import { apiOf, currentDoc, editOf, proposeCurrent, pushEdit, seenOf } from "@/test/agreement-docs";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { newPartnership } from "@/test/partners";
import { sha256Hex } from "./versions";

const db = getDb();

/** Everything signing may write for a partnership, to show a refused call wrote nothing. */
async function written(partnershipId: string) {
  const [partnership, versions, signatures, events, notices, drafts] = await Promise.all([
    db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { status: true } }),
    db.agreementVersion.findMany({ where: { partnershipId }, orderBy: { number: "asc" }, select: { number: true, status: true, withdrawnReason: true, changedSections: true, changesComment: true } }),
    db.agreementSignature.count({ where: { version: { partnershipId } } }),
    db.partnershipEvent.findMany({ where: { partnershipId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { type: true, data: true } }),
    db.notification.count({ where: { data: { path: ["partnershipId"], equals: partnershipId } } }),
    db.agreementDraft.findMany({ where: { partnershipId }, select: { kind: true, status: true } }),
  ]);
  return { status: partnership.status, versions, signatures, events: events.map((e) => e.type), notices, drafts };
}

/** A DRAFTING partnership with version 1 proposed by the sender. */
async function proposed() {
  const p = await newPartnership(db);
  const version = await proposeCurrent(p.sender, p.partnershipId);
  return { ...p, version };
}

describe("agreement.propose", () => {
  it("freezes the document as version 1 with its hash, signed by the proposer, and tells the partner", async () => {
    const { partnershipId, sender, recipient } = await newPartnership(db);
    const doc = await currentDoc(sender, partnershipId);
    const result = await apiOf(sender).agreement.propose({ partnershipId, seen: seenOf(doc) });

    expect(result.number).toBe(1);
    expect(result.hash).toBe(sha256Hex(seenOf(doc)));
    const version = await db.agreementVersion.findUniqueOrThrow({ where: { id: result.versionId }, include: { signatures: true } });
    expect(canonicalJson(version.content)).toBe(seenOf(doc));
    expect(version).toMatchObject({ status: "PROPOSED", proposedById: sender.id });
    expect(version.signatures.map((s) => s.memberId)).toEqual([sender.id]);
    const after = await written(partnershipId);
    expect(after).toMatchObject({ status: "DRAFTING", events: ["CREATED", "AGREEMENT_PROPOSED"] });
    const notice = await db.notification.findFirstOrThrow({ where: { memberId: recipient.id, type: "AGREEMENT_PROPOSED" } });
    expect(notice.data).toEqual({ partnershipId, fromMemberId: sender.id, number: 1 });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { memberId: recipient.id }, orderBy: { createdAt: "desc" } });
    expect(email.subject).toBe("Your partner proposed your agreement");
    expect(email.textBody).not.toContain(sender.email);

    const theirs = await apiOf(recipient).agreement.signing({ partnershipId });
    expect(theirs).toMatchObject({ phase: "PROPOSED", proposal: { number: 1, hash: result.hash, proposedBy: "partner", signedBy: ["partner"] }, inForce: null });
    const mine = await apiOf(sender).agreement.signing({ partnershipId });
    expect(mine.proposal).toMatchObject({ proposedBy: "you", signedBy: ["you"] });
  });

  it("refuses an invalid timezone or check-in recurrence with the field beside its section, writing nothing", async () => {
    const { partnershipId, sender } = await newPartnership(db);
    await pushEdit(sender, partnershipId, (doc) => agreementFields(doc).set("timezone", "Mars/Olympus_Mons"));
    const before = await written(partnershipId);
    await expect(proposeCurrent(sender, partnershipId)).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { "rhythm.timezone": ["Choose a timezone from the list."] } });

    await pushEdit(sender, partnershipId, (doc) => {
      agreementFields(doc).set("timezone", "Europe/London");
      agreementFields(doc).set("frequency", "DAILY");
      agreementFields(doc).set("weekdays", ["MO"]);
      agreementText(doc, "conflict").delete(0, agreementText(doc, "conflict").length);
    });
    await expect(proposeCurrent(sender, partnershipId)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { "rhythm.weekdays": ["Every day means all seven days."], "conflict.text": [expect.stringContaining("Write a few words")] },
    });
    expect(await written(partnershipId)).toEqual(before);
  });

  it("refuses when the draft changed since the proposer's editor read it", async () => {
    const { partnershipId, sender, recipient } = await newPartnership(db);
    const stale = seenOf(await currentDoc(sender, partnershipId));
    await pushEdit(recipient, partnershipId, (doc) => agreementText(doc, "questions").insert(0, "What went well? "));
    const before = await written(partnershipId);
    await expect(apiOf(sender).agreement.propose({ partnershipId, seen: stale })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("changed while you were proposing") });
    expect(await written(partnershipId)).toEqual(before);
  });

  it("lets exactly one of two proposals made at the same moment through", async () => {
    const { partnershipId, sender, recipient } = await newPartnership(db);
    const results = await Promise.allSettled([proposeCurrent(sender, partnershipId), proposeCurrent(recipient, partnershipId)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await written(partnershipId)).versions).toHaveLength(1);
  });
});

describe("agreement.sign", () => {
  it("puts version 1 in force and makes the partnership ACTIVE in one step when the partner signs", async () => {
    const { partnershipId, sender, recipient, version } = await proposed();
    await expect(apiOf(recipient).agreement.sign({ partnershipId, versionId: version.versionId, hash: version.hash })).resolves.toEqual({ status: "ACTIVE" });

    const after = await written(partnershipId);
    expect(after).toMatchObject({
      status: "ACTIVE",
      versions: [{ number: 1, status: "IN_FORCE" }],
      signatures: 2,
      events: ["CREATED", "AGREEMENT_PROPOSED", "AGREEMENT_SIGNED", "AGREEMENT_IN_FORCE", "ACTIVATED"],
      drafts: [{ kind: "INITIAL", status: "IN_FORCE" }],
    });
    const members = await db.partnershipMember.findMany({ where: { partnershipId } });
    expect(members.map((m) => m.status)).toEqual(["ACTIVE", "ACTIVE"]);
    await expect(db.notification.findFirst({ where: { memberId: sender.id, type: "AGREEMENT_SIGNED" } })).resolves.not.toBeNull();
    const view = await apiOf(sender).agreement.signing({ partnershipId });
    expect(view).toMatchObject({ phase: "IN_FORCE", proposal: null, inForce: { number: 1, hash: version.hash } });

    // The draft is frozen now: edits wait for renegotiation.
    await expect(pushEdit(sender, partnershipId, (doc) => agreementText(doc, "conflict").insert(0, "x"))).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("renegotiation"),
    });
  });

  it("activates exactly once when both partners sign at the same moment", async () => {
    const { partnershipId, sender, recipient, version } = await proposed();
    const input = { partnershipId, versionId: version.versionId, hash: version.hash };
    const results = await Promise.allSettled([apiOf(sender).agreement.sign(input), apiOf(recipient).agreement.sign(input), apiOf(recipient).agreement.sign(input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: "rejected", reason: { code: "CONFLICT" } });
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT", "CONFLICT"]);
    const after = await written(partnershipId);
    expect(after.signatures).toBe(2);
    expect(after.events.filter((e) => e === "ACTIVATED")).toHaveLength(1);
    expect(after.status).toBe("ACTIVE");
  });

  it("never leaves a signature on content that differs from the version when a sign races an edit", async () => {
    for (let round = 0; round < 4; round++) {
      const { partnershipId, sender, recipient, version } = await proposed();
      const update = editOf(await currentDoc(sender, partnershipId), (doc) => agreementText(doc, "pause").insert(0, `Round ${round}. `));
      const [signed, pushed] = await Promise.allSettled([
        apiOf(recipient).agreement.sign({ partnershipId, versionId: version.versionId, hash: version.hash }),
        apiOf(sender).agreement.push({ partnershipId, update }),
      ]);
      const after = await written(partnershipId);
      if (signed.status === "fulfilled") {
        expect(pushed).toMatchObject({ status: "rejected", reason: { code: "PRECONDITION_FAILED" } });
        expect(after.versions).toMatchObject([{ status: "IN_FORCE" }]);
        const stored = await db.agreementVersion.findUniqueOrThrow({ where: { id: version.versionId } });
        const doc = readAgreementDoc(await currentDoc(sender, partnershipId));
        expect(canonicalJson(stored.content)).toBe(canonicalJson(doc.content));
      } else {
        expect(pushed.status).toBe("fulfilled");
        expect(signed.reason).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("changed after it was proposed") });
        expect(after).toMatchObject({ status: "DRAFTING", versions: [{ status: "WITHDRAWN", withdrawnReason: "EDITED" }], signatures: 1 });
      }
    }
  });

  it("refuses a wrong hash, a stranger, a withdrawn version and an ended partnership, writing nothing", async () => {
    const { partnershipId, sender, recipient, version } = await proposed();
    const stranger = await createMember(db);
    const input = { partnershipId, versionId: version.versionId, hash: version.hash };
    const before = await written(partnershipId);
    await expect(apiOf(recipient).agreement.sign({ ...input, hash: "0".repeat(64) })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("doesn't match") });
    await expect(apiOf(stranger).agreement.sign(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).agreement.signing({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).agreement.requestChanges({ ...input, comment: "No" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).agreement.propose({ partnershipId, seen: "{}" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor().api.agreement.sign(input)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(apiOf(recipient).agreement.sign({ ...input, versionId: "cnotaversion000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await written(partnershipId)).toEqual(before);

    await pushEdit(sender, partnershipId, (doc) => agreementText(doc, "boundariesB").insert(0, "No calls after 9pm. "));
    await expect(apiOf(recipient).agreement.sign(input)).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("changed after it was proposed") });

    const again = await proposeCurrent(recipient, partnershipId);
    await runTransition(db, { partnershipId, memberId: sender.id, action: "END", data: {} });
    const ended = await written(partnershipId);
    await expect(apiOf(sender).agreement.sign({ partnershipId, versionId: again.versionId, hash: again.hash })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("ended") });
    await expect(apiOf(sender).agreement.requestChanges({ partnershipId, versionId: again.versionId, comment: "Later" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(proposeCurrent(sender, partnershipId)).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(pushEdit(sender, partnershipId, (doc) => agreementText(doc, "pause").insert(0, "x"))).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await written(partnershipId)).toEqual(ended);
  });

  it("refuses malformed input with a clear error, never a 500", async () => {
    const { partnershipId, recipient, version } = await proposed();
    const api = apiOf(recipient);
    const before = await written(partnershipId);
    const signs = [
      { partnershipId, versionId: version.versionId, hash: "ABC" },
      { partnershipId, versionId: version.versionId, hash: version.hash.toUpperCase() },
      { partnershipId, versionId: "bad\0id", hash: version.hash },
      { partnershipId: "x\0", versionId: version.versionId, hash: version.hash },
      { partnershipId, versionId: version.versionId },
      { partnershipId, versionId: 7, hash: version.hash },
    ];
    for (const input of signs) await expect(api.agreement.sign(malformed(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const comments = ["", "   ", "a".repeat(1001), "Please\0change", "bell\u0007", 5];
    for (const comment of comments) {
      await expect(api.agreement.requestChanges(malformed({ partnershipId, versionId: version.versionId, comment }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    for (const seen of ["", "x".repeat(64 * 1024 + 1), null]) await expect(api.agreement.propose(malformed({ partnershipId, seen }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.agreement.propose({ partnershipId, seen: "{\0}" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await written(partnershipId)).toEqual(before);
  });
});

describe("asking for changes, withdrawing and editing after proposing", () => {
  it("sends the proposal back to the draft with the partner's note, which both see; then version 2 can be proposed", async () => {
    const { partnershipId, sender, recipient, version } = await proposed();
    await expect(apiOf(sender).agreement.requestChanges({ partnershipId, versionId: version.versionId, comment: "Hmm" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("your own proposal"),
    });
    await apiOf(recipient).agreement.requestChanges({ partnershipId, versionId: version.versionId, comment: "  Could we make it Wednesdays?  " });

    const after = await written(partnershipId);
    expect(after).toMatchObject({ status: "DRAFTING", versions: [{ status: "CHANGES_REQUESTED", changesComment: "Could we make it Wednesdays?" }] });
    expect(after.events.at(-1)).toBe("AGREEMENT_CHANGES_REQUESTED");
    const event = await db.partnershipEvent.findFirstOrThrow({ where: { partnershipId, type: "AGREEMENT_CHANGES_REQUESTED" } });
    expect(JSON.stringify(event.data)).not.toContain("Wednesdays");
    await expect(db.notification.findFirst({ where: { memberId: sender.id, type: "AGREEMENT_CHANGES_REQUESTED" } })).resolves.not.toBeNull();
    for (const [member, by] of [[sender, "partner"], [recipient, "you"]] as const) {
      const view = await apiOf(member).agreement.signing({ partnershipId });
      expect(view).toMatchObject({ phase: "DRAFT", proposal: null, lastOutcome: { number: 1, kind: "CHANGES_REQUESTED", by, comment: "Could we make it Wednesdays?" } });
    }
    await expect(apiOf(recipient).agreement.sign({ partnershipId, versionId: version.versionId, hash: version.hash })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("Changes were asked for"),
    });

    await pushEdit(sender, partnershipId, (doc) => agreementFields(doc).set("weekdays", ["WE"]));
    const second = await proposeCurrent(sender, partnershipId);
    expect(second.number).toBe(2);
    await apiOf(recipient).agreement.sign({ partnershipId, versionId: second.versionId, hash: second.hash });
    expect((await written(partnershipId)).versions.map((v) => v.status)).toEqual(["CHANGES_REQUESTED", "IN_FORCE"]);
  });

  it("withdraws the proposal when the draft is edited, naming the sections, in the push's transaction", async () => {
    const { partnershipId, sender, recipient } = await proposed();
    const { id } = await pushEdit(recipient, partnershipId, (doc) => {
      agreementText(doc, "boundariesA").insert(0, "Not before 8am. ");
      agreementFields(doc).set("durationMinutes", 45);
    });
    const after = await written(partnershipId);
    expect(after.versions).toEqual([{ number: 1, status: "WITHDRAWN", withdrawnReason: "EDITED", changedSections: ["rhythm", "boundariesA"], changesComment: null }]);
    expect(after.events.at(-1)).toBe("AGREEMENT_PROPOSAL_WITHDRAWN");
    await expect(db.agreementDraftUpdate.findFirst({ where: { id: BigInt(id), authorId: recipient.id } })).resolves.not.toBeNull();
    const withdrawn = await db.agreementVersion.findFirstOrThrow({ where: { partnershipId } });
    expect(withdrawn.withdrawnById).toBe(recipient.id);
    const view = await apiOf(sender).agreement.signing({ partnershipId });
    expect(view).toMatchObject({ phase: "DRAFT", lastOutcome: { kind: "EDITED", by: "partner", sections: ["rhythm", "boundariesA"] } });
  });

  it("keeps the proposal when a push changes nothing the version holds", async () => {
    const { partnershipId, sender } = await proposed();
    const doc = await currentDoc(sender, partnershipId);
    // Typing a word and deleting it again: new Yjs items, the same text.
    const update = editOf(doc, (d) => {
      agreementText(d, "pause").insert(0, "x");
      agreementText(d, "pause").delete(0, 1);
    });
    await apiOf(sender).agreement.push({ partnershipId, update });
    expect((await written(partnershipId)).versions).toMatchObject([{ status: "PROPOSED" }]);
  });

  it("lets either partner withdraw the open proposal, after which it can't be signed", async () => {
    const { partnershipId, recipient, version } = await proposed();
    await apiOf(recipient).agreement.withdrawProposal({ partnershipId, versionId: version.versionId });
    expect(await written(partnershipId)).toMatchObject({ status: "DRAFTING", versions: [{ status: "WITHDRAWN", withdrawnReason: "WITHDRAWN_BY_MEMBER" }] });
    await expect(apiOf(recipient).agreement.sign({ partnershipId, versionId: version.versionId, hash: version.hash })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("withdrawn"),
    });
    await expect(apiOf(recipient).agreement.withdrawProposal({ partnershipId, versionId: version.versionId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});
