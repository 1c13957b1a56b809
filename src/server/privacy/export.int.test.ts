import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db/client";
import { sendRequest } from "@/server/requests/service";
import { proposeCurrent } from "@/test/agreement-docs";
import { createMember } from "@/test/factories";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { exportDownload } from "./export-download";
import { exportMemberData, exportSections } from "./export";

const session = vi.hoisted(() => ({ user: null as { id: string; role: "MEMBER"; sessionVersion: number } | null }));
vi.mock("@/server/auth/session", () => ({ getSessionUser: async () => session.user }));
const { GET } = await import("../../../app/settings/privacy/export/route");

const db = getDb();
const tag = () => randomBytes(4).toString("hex");

/** A member with something in every section, and a partner whose email must never appear. */
async function busyMember() {
  const hour = isolatedSchedule();
  const me = await onboardedMember(db, hour, { displayName: `Ada ${tag()}` });
  const partner = await onboardedMember(db, hour, { displayName: `Sam ${tag()}` });
  const other = await onboardedMember(db, hour, { displayName: `Kit ${tag()}` });
  const blocked = await createMember(db, { displayName: `Blocked ${tag()}` });
  const myNote = `Would you like to try? ${tag()}`;
  const theirNote = `I liked your intro ${tag()}`;
  const { partnershipId } = await newPartnership(db, { sender: partner, recipient: me });
  await proposeCurrent(me, partnershipId);
  await db.profile.update({ where: { memberId: me.id }, data: { partnershipCapacity: 3 } });
  await db.profile.update({ where: { memberId: other.id }, data: { partnershipCapacity: 3 } });
  await sendRequest(db, me.id, { recipientId: other.id, note: myNote });
  const stranger = await onboardedMember(db, hour, { displayName: `Lee ${tag()}` });
  await db.profile.update({ where: { memberId: stranger.id }, data: { partnershipCapacity: 3 } });
  await sendRequest(db, stranger.id, { recipientId: me.id, note: theirNote });
  await db.block.create({ data: { blockerId: me.id, blockedId: blocked.id } });
  const details = `They kept pushing after I said no ${tag()}`;
  await db.report.create({ data: { reporterId: me.id, reportedId: blocked.id, category: "HARASSMENT", subject: "PROFILE", details, status: "WARNED" } });
  return { me, partner, other, stranger, blocked, partnershipId, myNote, theirNote, details };
}

beforeEach(() => {
  session.user = null;
});

describe("exportMemberData", () => {
  it("holds every section the about field lists, and the member's own records in each", async () => {
    const m = await busyMember();
    const data = await exportMemberData(db, m.me.id);
    const text = JSON.stringify(data);

    expect(Object.keys(data.about.sections)).toEqual(exportSections.map((s) => s.key));
    for (const section of exportSections) expect(data).toHaveProperty(section.key);
    expect(data.account).toMatchObject({ email: m.me.email, displayName: m.me.displayName, timezone: expect.any(String), role: "MEMBER", status: "ACTIVE" });
    expect(data.profile).toMatchObject({ completedAt: expect.any(Date), availability: { slots: expect.arrayContaining([expect.any(Number)]) } });
    expect(data.requests).toMatchObject({
      sent: [{ to: m.other.displayName, note: m.myNote, outcome: "PENDING" }],
      received: expect.arrayContaining([
        expect.objectContaining({ from: m.stranger.displayName, note: m.theirNote, status: "PENDING" }),
        expect.objectContaining({ from: m.partner.displayName, status: "ACCEPTED" }),
      ]),
    });
    expect(data.partnerships).toEqual([
      expect.objectContaining({ id: m.partnershipId, status: "DRAFTING", partner: m.partner.displayName, timeline: [expect.objectContaining({ type: "CREATED", by: "you" }), expect.objectContaining({ type: "AGREEMENT_PROPOSED", by: "you" })] }),
    ]);
    expect(data.agreements).toEqual([
      {
        partnershipId: m.partnershipId,
        versions: [expect.objectContaining({ number: 1, status: "PROPOSED", proposedBy: "you", content: expect.any(Object), signatures: [expect.objectContaining({ by: "you" })] })],
        currentDraft: expect.objectContaining({ kind: "INITIAL", text: expect.objectContaining({ communication: expect.any(String) }) }),
      },
    ]);
    expect(data.notifications).toEqual(expect.arrayContaining([expect.objectContaining({ type: "REQUEST_RECEIVED", text: expect.any(String) })]));
    expect(data.blocks).toEqual([{ member: m.blocked.displayName, blockedAt: expect.any(Date) }]);
    expect(data.reports).toEqual([{ category: "HARASSMENT", about: "PROFILE", details: m.details, reportedAt: expect.any(Date) }]);

    // Never another member's email or id, nor anything secret, nor what moderators decided.
    for (const someone of [m.partner, m.other, m.stranger, m.blocked]) {
      expect(text).not.toContain(someone.email);
      expect(text).not.toContain(someone.id);
    }
    expect(text).not.toMatch(/argon2|passwordHash|sessionVersion|tokenHash/);
    expect(text).not.toContain("WARNED");
  });

  it("gives an almost empty export for a member who has done nothing yet", async () => {
    const member = await createMember(db);
    const data = await exportMemberData(db, member.id);
    expect(data).toMatchObject({ profile: null, requests: { sent: [], received: [] }, partnerships: [], agreements: [], notifications: [], blocks: [], reports: [] });
  });
});

describe("GET /settings/privacy/export", () => {
  it("sends a signed-out visitor to sign in and back, with nothing in the body", async () => {
    const response = await GET();
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/signin?callbackUrl=%2Fsettings%2Fprivacy");
    expect(await response.text()).toBe("");
  });

  it("downloads the signed-in member's own data as a dated attachment that is never cached", async () => {
    const m = await busyMember();
    session.user = { id: m.me.id, role: "MEMBER", sessionVersion: 0 };
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="tandem-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = (await response.json()) as { account: { email: string } };
    expect(body.account.email).toBe(m.me.email);
  });

  it("never serves one member's data to another: the route takes no id, only the session's", async () => {
    const m = await busyMember();
    const stranger = await createMember(db);
    session.user = { id: stranger.id, role: "MEMBER", sessionVersion: 0 };
    const text = await (await GET()).text();
    expect(text).toContain(stranger.email);
    for (const value of [m.me.email, m.me.displayName, m.myNote, m.details, m.partnershipId]) expect(text).not.toContain(value);
  });

  it("names the file by the day it was made, in UTC", async () => {
    const member = await createMember(db);
    const response = await exportDownload(db, member.id, new Date("2026-03-01T23:30:00Z"));
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="tandem-export-2026-03-01.json"');
  });
});
