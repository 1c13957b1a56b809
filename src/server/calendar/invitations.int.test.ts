import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { EmailOutbox } from "@/generated/prisma/client";
import { blockMember } from "@/server/blocking/service";
import { getDb } from "@/server/db/client";
import { deliverEmail } from "@/server/mail/outbox";
import type { MailTransport, OutgoingEmail } from "@/server/mail/transport";
import { decideNotToGoAhead } from "@/server/partnerships/not-going-ahead";
import { endQuietly } from "@/server/partnerships/transitions";
import { agreementFields } from "@/shared/agreement/doc";
import { apiOf, proposeCurrent, pushEdit } from "@/test/agreement-docs";
import { onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { calendarOrganizer } from "./organizer";

const db = getDb();

type Member = Awaited<ReturnType<typeof onboardedMember>>;

/** A partnership whose first agreement both have signed. */
async function inForce(before?: (pair: { sender: Member; recipient: Member }) => Promise<void>) {
  const p = await newPartnership(db);
  await before?.(p);
  const v1 = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v1.versionId, hash: v1.hash });
  return p;
}

/** The worker delivers every calendar email waiting for the pair, as it would within moments. */
async function delivered(p: { sender: Member; recipient: Member }) {
  const rows = await db.emailOutbox.findMany({ where: { memberId: { in: [p.sender.id, p.recipient.id] }, calendarText: { not: null }, status: "PENDING" }, select: { id: true } });
  for (const row of rows) expect(await deliverEmail(db, row.id, recordingTransport())).toBe("sent");
}

/** Both sign a change of rhythm: version 2 replaces version 1. */
async function amend(p: { partnershipId: string; sender: Member; recipient: Member }) {
  await apiOf(p.recipient).agreement.openAmendment({ partnershipId: p.partnershipId });
  await pushEdit(p.sender, p.partnershipId, (doc) => {
    agreementFields(doc).set("frequency", "FORTNIGHTLY");
    agreementFields(doc).set("weekdays", ["WE"]);
  });
  const v2 = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v2.versionId, hash: v2.hash });
}

const calendarEmailsOf = (memberId: string) =>
  db.emailOutbox.findMany({ where: { memberId, calendarText: { not: null } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

function parsed(row: EmailOutbox) {
  const root = new ICAL.Component(ICAL.parse(row.calendarText ?? ""));
  const events = root.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  expect(events).toHaveLength(1);
  const event = events[0] as ICAL.Event;
  return {
    method: root.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    status: event.component.getFirstPropertyValue("status"),
    attendees: event.attendees.map((a) => String(a.getFirstValue()).replace(/^mailto:/i, "mailto:")),
    organizer: String(event.component.getFirstPropertyValue("organizer")).replace(/^mailto:/i, "mailto:"),
  };
}

const uidFor = (partnershipId: string, version: number) => new RegExp(`^check-in-${partnershipId}-v${version}@`);

function recordingTransport(): MailTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return { name: "dev-mailbox", sent, send: async (email) => void sent.push(email) };
}

describe("check-in invitations by email", () => {
  it("invites each partner on their own when the first agreement comes into force, showing neither the other's address", async () => {
    const p = await inForce();
    const organizer = calendarOrganizer();
    for (const [me, other] of [
      [p.sender, p.recipient],
      [p.recipient, p.sender],
    ] as const) {
      const rows = await calendarEmailsOf(me.id);
      expect(rows).toHaveLength(1);
      const row = rows[0] as EmailOutbox;
      expect(row).toMatchObject({ toAddress: me.email, calendarMethod: "REQUEST", subject: "Your check-ins, for your calendar", status: "PENDING" });
      const invitation = parsed(row);
      expect(invitation).toMatchObject({ method: "REQUEST", uid: expect.stringMatching(uidFor(p.partnershipId, 1)), sequence: 1, status: "CONFIRMED" });
      expect(invitation.attendees).toEqual([`mailto:${me.email}`]);
      expect(invitation.organizer).toBe(`mailto:${organizer.email}`);
      expect(row.calendarUid).toBe(invitation.uid);
      // Nobody's address but the reader's own (and Tandem's) anywhere in the email.
      for (const text of [row.calendarText ?? "", row.textBody, row.subject]) expect(text).not.toContain(other.email);
      const addresses = new Set((row.calendarText ?? "").replace(/\r\n /g, "").match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? []);
      addresses.delete(me.email);
      addresses.delete(organizer.email);
      expect([...addresses].filter((a) => !a.startsWith("check-in-"))).toEqual([]);
      // The words name nobody.
      expect(row.textBody).not.toContain(other.displayName);
    }
  });

  it("cancels the replaced version's event and invites to the new one when an amendment comes into force", async () => {
    const p = await inForce();
    await delivered(p);
    await amend(p);
    for (const member of [p.sender, p.recipient]) {
      const rows = (await calendarEmailsOf(member.id)).map(parsed);
      expect(rows).toEqual([
        expect.objectContaining({ method: "REQUEST", uid: expect.stringMatching(uidFor(p.partnershipId, 1)), sequence: 1 }),
        expect.objectContaining({ method: "CANCEL", uid: expect.stringMatching(uidFor(p.partnershipId, 1)), sequence: 2, status: "CANCELLED" }),
        expect.objectContaining({ method: "REQUEST", uid: expect.stringMatching(uidFor(p.partnershipId, 2)), sequence: 2, status: "CONFIRMED" }),
      ]);
    }
  });

  it("cancels the event for both when a block ends the partnership, in the same words an ending always has", async () => {
    const p = await inForce();
    await delivered(p);
    await blockMember(db, { blockerId: p.sender.id, blockedId: p.recipient.id });
    const cancels = await Promise.all([p.sender, p.recipient].map(async (m) => (await calendarEmailsOf(m.id)).filter((r) => r.calendarMethod === "CANCEL")));
    for (const [index, member] of [p.sender, p.recipient].entries()) {
      const rows = cancels[index] ?? [];
      expect(rows).toHaveLength(1);
      expect(parsed(rows[0] as EmailOutbox)).toMatchObject({ method: "CANCEL", uid: expect.stringMatching(uidFor(p.partnershipId, 1)), status: "CANCELLED" });
      expect(rows[0]?.subject).toBe("Your check-ins are no longer planned");
      expect(rows[0]?.calendarText).not.toContain(p.sender.displayName);
      expect(rows[0]?.calendarText).not.toContain(p.recipient.displayName);
      expect(rows[0]?.textBody.replace(`Hi ${member.displayName},`, "")).toBe(cancels[0]?.[0]?.textBody.replace(`Hi ${p.sender.displayName},`, ""));
    }
  });

  it("sends no cancellation to a suspended member when their partnerships end quietly, and the usual one to their partner", async () => {
    const p = await inForce();
    await delivered(p);
    await db.$transaction(async (tx) => {
      await tx.member.update({ where: { id: p.recipient.id }, data: { status: "SUSPENDED" } });
      await endQuietly(tx, { memberId: p.recipient.id });
    });
    expect((await calendarEmailsOf(p.recipient.id)).map((r) => r.calendarMethod)).toEqual(["REQUEST"]);
    const partner = await calendarEmailsOf(p.sender.id);
    expect(partner.map((r) => [r.calendarMethod, r.subject])).toEqual([
      ["REQUEST", "Your check-ins, for your calendar"],
      ["CANCEL", "Your check-ins are no longer planned"],
    ]);
  });

  it("never sends a calendar for a draft that doesn't go ahead", async () => {
    const p = await newPartnership(db);
    await proposeCurrent(p.sender, p.partnershipId);
    await decideNotToGoAhead(db, p.recipient.id, p.partnershipId);
    for (const member of [p.sender, p.recipient]) expect(await calendarEmailsOf(member.id)).toEqual([]);
  });

  it("sends no invitation to a member whose email for the notice is off, and so no cancellation later", async () => {
    const p = await inForce(async ({ sender }) => {
      await apiOf(sender).notifications.setPreferences({ choices: { AGREEMENT_SIGNED: "IN_APP" }, quietHours: { on: false, start: "22:00", end: "08:00" } });
    });
    expect(await calendarEmailsOf(p.sender.id)).toEqual([]);
    expect(await calendarEmailsOf(p.recipient.id)).toHaveLength(1);
    await delivered(p);
    await db.$transaction((tx) => endQuietly(tx, { memberId: p.recipient.id, otherId: p.sender.id }));
    expect(await calendarEmailsOf(p.sender.id)).toEqual([]);
    expect((await calendarEmailsOf(p.recipient.id)).map((r) => r.calendarMethod)).toEqual(["REQUEST", "CANCEL"]);
  });

  it("holds an invitation written in quiet hours until they end", async () => {
    const p = await inForce(async ({ recipient }) => {
      await apiOf(recipient).notifications.setPreferences({ choices: {}, quietHours: { on: true, start: "00:00", end: "23:59" } });
    });
    const [held] = await calendarEmailsOf(p.recipient.id);
    expect(held?.notBefore).toBeInstanceOf(Date);
    expect(held?.notBefore?.getTime()).toBeGreaterThan(Date.now());
    const [atOnce] = await calendarEmailsOf(p.sender.id);
    expect(atOnce?.notBefore).toBeNull();
  });

  it("withdraws an invitation still waiting for quiet hours to end instead of sending its cancellation after it", async () => {
    const p = await inForce(async ({ recipient }) => {
      await apiOf(recipient).notifications.setPreferences({ choices: {}, quietHours: { on: true, start: "00:00", end: "23:59" } });
    });
    const [held] = await calendarEmailsOf(p.recipient.id);
    const [sent] = await calendarEmailsOf(p.sender.id);
    await deliverEmail(db, sent?.id ?? "", recordingTransport());
    await blockMember(db, { blockerId: p.sender.id, blockedId: p.recipient.id });
    expect(await calendarEmailsOf(p.recipient.id)).toEqual([]);
    await expect(deliverEmail(db, held?.id ?? "", recordingTransport())).resolves.toBe("skipped");
    expect((await calendarEmailsOf(p.sender.id)).map((r) => r.calendarMethod)).toEqual(["REQUEST", "CANCEL"]);
  });

  it("hands the calendar to the transport with its method, and a job run twice sends it once", async () => {
    const p = await inForce();
    const [row] = await calendarEmailsOf(p.sender.id);
    const transport = recordingTransport();
    const results = await Promise.all([deliverEmail(db, row?.id ?? "", transport), deliverEmail(db, row?.id ?? "", transport)]);
    expect(results.sort()).toEqual(["sent", "skipped"]);
    expect(await deliverEmail(db, row?.id ?? "", transport)).toBe("skipped");
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]).toMatchObject({ to: p.sender.email, calendar: { method: "REQUEST", content: row?.calendarText } });
    expect(transport.sent[0]?.html).toContain("<");
  });
});
