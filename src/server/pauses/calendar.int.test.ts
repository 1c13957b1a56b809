/** Calendar invitations follow pauses: the series is sent again with paused check-ins left out. */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { EmailOutbox } from "@/generated/prisma/client";
import { getDb } from "@/server/db/client";
import { deliverEmail } from "@/server/mail/outbox";
import { endQuietly } from "@/server/partnerships/transitions";
import { apiOf } from "@/test/agreement-docs";
import { dayFromNow, pausePartnership } from "@/test/pauses";

const db = getDb();

const calendarEmailsOf = (memberId: string) => db.emailOutbox.findMany({ where: { memberId, calendarText: { not: null } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

function parsed(row: EmailOutbox) {
  const root = new ICAL.Component(ICAL.parse(row.calendarText ?? ""));
  const vevent = root.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no event");
  const event = new ICAL.Event(vevent);
  const excluded = vevent
    .getAllProperties("exdate")
    .flatMap((p) => p.getValues())
    .map((v) => (v as ICAL.Time).toJSDate().toISOString())
    .sort();
  return { method: root.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, excluded, subject: row.subject };
}

/** Every calendar email waiting is sent, as the worker would within moments. */
async function deliverAll(memberIds: string[]) {
  const rows = await db.emailOutbox.findMany({ where: { memberId: { in: memberIds }, calendarText: { not: null }, status: "PENDING" }, select: { id: true } });
  for (const row of rows) await deliverEmail(db, row.id, { name: "dev-mailbox", send: async () => undefined });
}

const noonOf = (day: string) => `${day}T12:00:00.000Z`;

describe("check-in invitations and pauses", () => {
  it("a planned pause re-sends the series without its check-ins; withdrawing it brings them back; an ending cancels above both", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    await deliverAll([a.id, b.id]);
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(2), resumesOn: dayFromNow(5) });
    for (const member of [a, b]) {
      const [first, update] = (await calendarEmailsOf(member.id)).map(parsed);
      expect(update).toMatchObject({ method: "REQUEST", uid: first?.uid, subject: "Your check-ins, updated for your pause" });
      expect(update!.sequence).toBeGreaterThan(first!.sequence);
      expect(update!.excluded).toEqual([noonOf(dayFromNow(2)), noonOf(dayFromNow(3)), noonOf(dayFromNow(4))]);
    }
    await deliverAll([a.id, b.id]);
    await apiOf(a).pauses.withdraw({ partnershipId, pauseId });
    const afterWithdraw = (await calendarEmailsOf(a.id)).map(parsed);
    expect(afterWithdraw).toHaveLength(3);
    expect(afterWithdraw[2]).toMatchObject({ method: "REQUEST", excluded: [] });
    expect(afterWithdraw[2]!.sequence).toBeGreaterThan(afterWithdraw[1]!.sequence);

    await deliverAll([a.id, b.id]);
    await db.$transaction((tx) => endQuietly(tx, { memberId: a.id, otherId: b.id }));
    const last = (await calendarEmailsOf(a.id)).map(parsed).at(-1);
    expect(last).toMatchObject({ method: "CANCEL" });
    expect(last!.sequence).toBeGreaterThan(afterWithdraw[2]!.sequence);
  });

  it("a pause starting now keeps the series going after its end; resuming early brings the check-ins back", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    await deliverAll([a.id, b.id]);
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(3) });
    const update = (await calendarEmailsOf(b.id)).map(parsed).at(-1);
    expect(update?.excluded).toContain(noonOf(dayFromNow(1)));
    expect(update?.excluded).toContain(noonOf(dayFromNow(2)));
    expect(update?.excluded).not.toContain(noonOf(dayFromNow(3)));
    const rule = (await calendarEmailsOf(b.id)).at(-1)?.calendarText ?? "";
    expect(rule).not.toMatch(/UNTIL=/);

    // An invitation still waiting is replaced, not sent twice.
    await apiOf(b).pauses.resume({ partnershipId, pauseId });
    const pending = (await calendarEmailsOf(b.id)).filter((r) => r.status === "PENDING").map(parsed);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.excluded.filter((at) => at > new Date().toISOString())).toEqual([]);
  });
});
