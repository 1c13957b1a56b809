import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { getDb } from "@/server/db/client";
import { agreementFields } from "@/shared/agreement/doc";
import { agreementMarkdownFilename } from "@/shared/agreement/markdown";
import { orderPartners } from "@/shared/agreement/sections";
import { apiOf, proposeCurrent, pushEdit } from "@/test/agreement-docs";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { newPartnership } from "@/test/partners";
import { markdownDownload } from "./markdown-download";

const db = getDb();

/**
 * A partnership with three versions: 1 in force, then replaced by 3 from a second amendment, after
 * the first one's proposal (2) was withdrawn.
 */
async function withHistory() {
  const p = await newPartnership(db);
  const v1 = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v1.versionId, hash: v1.hash });
  const fortnightly = (doc: Y.Doc) => {
    agreementFields(doc).set("frequency", "FORTNIGHTLY");
    agreementFields(doc).set("weekdays", ["WE"]);
  };
  await apiOf(p.recipient).agreement.openAmendment({ partnershipId: p.partnershipId });
  await pushEdit(p.sender, p.partnershipId, fortnightly);
  const v2 = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.sender).agreement.withdrawProposal({ partnershipId: p.partnershipId, versionId: v2.versionId });
  await apiOf(p.recipient).agreement.openAmendment({ partnershipId: p.partnershipId });
  await pushEdit(p.sender, p.partnershipId, fortnightly);
  const v3 = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v3.versionId, hash: v3.hash });
  return p;
}

async function nameOf(member: { id: string }) {
  return (await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { displayName: true } })).displayName;
}

describe("agreement.versions", () => {
  it("lists every version newest first, withdrawn ones too, with who signed when, for both members", async () => {
    const { partnershipId, sender, recipient } = await withHistory();
    const mine = await apiOf(sender).agreement.versions({ partnershipId });
    expect(mine.more).toBe(false);
    expect(mine.versions.map((v) => [v.number, v.status])).toEqual([
      [3, "IN_FORCE"],
      [2, "WITHDRAWN"],
      [1, "SUPERSEDED"],
    ]);
    const [v3, v2, v1] = mine.versions;
    expect(v3?.signatures.map((s) => s.by)).toEqual(["you", "partner"]);
    expect(v3?.inForceAt).toBeInstanceOf(Date);
    expect(v2).toMatchObject({ inForceAt: null, closedAt: expect.any(Date), signatures: [{ by: "you" }] });
    expect(v1).toMatchObject({ inForceAt: expect.any(Date), closedAt: expect.any(Date) });

    const theirs = await apiOf(recipient).agreement.versions({ partnershipId });
    expect(theirs.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(theirs.versions[0]?.signatures.map((s) => s.by)).toEqual(["partner", "you"]);
    expect(JSON.stringify(theirs)).not.toContain(sender.email);
  });

  it("is an empty list before anything is proposed", async () => {
    const { partnershipId, sender } = await newPartnership(db);
    await expect(apiOf(sender).agreement.versions({ partnershipId })).resolves.toEqual({ versions: [], more: false });
  });

  it("refuses strangers as if the partnership didn't exist, signed-out callers, and bad input", async () => {
    const { partnershipId } = await newPartnership(db);
    const stranger = await createMember(db);
    await expect(apiOf(stranger).agreement.versions({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor().api.agreement.versions({ partnershipId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(apiOf(stranger).agreement.versions({ partnershipId: "p\u0000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(apiOf(stranger).agreement.versions(malformed({ partnershipId: 42 }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("agreement.version", () => {
  it("reads any version by number with its content, standing and signatures, the same for both members", async () => {
    const { partnershipId, sender, recipient } = await withHistory();
    const [a, b] = orderPartners({ memberId: sender.id, name: await nameOf(sender) }, { memberId: recipient.id, name: await nameOf(recipient) });

    const current = await apiOf(sender).agreement.version({ partnershipId, number: 3 });
    expect(current.content.fields.frequency).toBe("FORTNIGHTLY");
    expect(current.meta).toMatchObject({ number: 3, names: { a: a.name, b: b.name }, standing: { status: "IN_FORCE", inForceAt: expect.any(Date) } });
    expect(Object.keys(current.meta.signedAt).sort()).toEqual(["a", "b"]);
    await expect(apiOf(recipient).agreement.version({ partnershipId, number: 3 })).resolves.toEqual(current);

    const withdrawn = await apiOf(recipient).agreement.version({ partnershipId, number: 2 });
    expect(withdrawn.meta.standing).toMatchObject({ status: "WITHDRAWN", proposedAt: expect.any(Date) });
    expect(Object.keys(withdrawn.meta.signedAt)).toEqual([a.memberId === sender.id ? "a" : "b"]);

    const first = await apiOf(recipient).agreement.version({ partnershipId, number: 1 });
    expect(first.content.fields.frequency).not.toBe("FORTNIGHTLY");
    expect(first.meta.standing).toMatchObject({ status: "SUPERSEDED", inForceAt: expect.any(Date), supersededAt: expect.any(Date) });
  });

  it("refuses a number with no version, strangers, signed-out callers, and bad input, never with a 500", async () => {
    const { partnershipId, sender } = await withHistory();
    const stranger = await createMember(db);
    await expect(apiOf(sender).agreement.version({ partnershipId, number: 4 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).agreement.version({ partnershipId, number: 1 })).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that partnership." });
    await expect(callerFor().api.agreement.version({ partnershipId, number: 1 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    for (const number of [0, -1, 10_001, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(apiOf(sender).agreement.version({ partnershipId, number })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(apiOf(sender).agreement.version(malformed({ partnershipId, number: "1" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(apiOf(sender).agreement.version({ partnershipId: `${partnershipId}\u0000`, number: 1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("the Markdown download", () => {
  it("sends a version as a Markdown attachment named by its number alone", async () => {
    const { partnershipId, sender, recipient } = await withHistory();
    const response = await markdownDownload(db, recipient.id, { partnershipId, number: "3" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${agreementMarkdownFilename(3)}"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(text).toContain("Version 3, in force since");
    expect(text).toContain("Every two weeks");
    expect(text).not.toContain(sender.email);

    const withdrawn = await (await markdownDownload(db, sender.id, { partnershipId, number: "2" })).text();
    expect(withdrawn).toContain("withdrawn before it came into force");
  });

  it("answers 404 alike for strangers, unknown numbers and malformed ids or numbers", async () => {
    const { partnershipId, sender } = await withHistory();
    const stranger = await createMember(db);
    const cases = [
      { memberId: stranger.id, partnershipId, number: "1" },
      { memberId: sender.id, partnershipId, number: "4" },
      { memberId: sender.id, partnershipId, number: "0" },
      { memberId: sender.id, partnershipId, number: "01" },
      { memberId: sender.id, partnershipId, number: "1e3" },
      { memberId: sender.id, partnershipId, number: "99999999999" },
      { memberId: sender.id, partnershipId, number: "-1" },
      { memberId: sender.id, partnershipId: `${partnershipId}\u0000`, number: "1" },
      { memberId: sender.id, partnershipId: "../../etc", number: "1" },
    ];
    for (const { memberId, ...params } of cases) {
      const response = await markdownDownload(db, memberId, params);
      expect(response.status, JSON.stringify(params)).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("We couldn't find that version");
    }
  });
});
