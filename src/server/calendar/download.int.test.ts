import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { apiOf, proposeCurrent } from "@/test/agreement-docs";
import { createMember } from "@/test/factories";
import { newPartnership } from "@/test/partners";
import { checkInsDownload, checkInsFilename } from "./download";

const db = getDb();

async function inForce() {
  const p = await newPartnership(db);
  const v1 = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v1.versionId, hash: v1.hash });
  return p;
}

const nameOf = async (member: { id: string }) => (await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { displayName: true } })).displayName;

function eventOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const vevent = root.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no event");
  return { root, vevent };
}

describe("checkInsDownload", () => {
  it("sends each member the check-ins of the agreement in force as a calendar attachment naming the other by display name only", async () => {
    const { partnershipId, sender, recipient } = await inForce();
    const version = await db.agreementVersion.findFirstOrThrow({ where: { partnershipId, status: "IN_FORCE" }, select: { content: true } });
    const fields = (version.content as { fields: { timezone: string; weekdays: string[] } }).fields;

    const response = await checkInsDownload(db, sender.id, partnershipId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${checkInsFilename}"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const { root, vevent } = eventOf(text);
    expect(vevent.getFirstPropertyValue("summary")).toBe(`Tandem check-in with ${await nameOf(recipient)}`);
    expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe(fields.timezone);
    expect(root.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(fields.timezone);
    expect(String(vevent.getFirstPropertyValue("uid"))).toContain(`${partnershipId}-v1@`);
    expect(String(vevent.getFirstPropertyValue("url"))).toMatch(new RegExp(`/partnerships/${partnershipId}$`));
    expect(new ICAL.Event(vevent).iterator().next()).toBeTruthy();
    for (const email of [sender.email, recipient.email]) expect(text).not.toContain(email);

    const theirs = eventOf(await (await checkInsDownload(db, recipient.id, partnershipId)).text());
    expect(theirs.vevent.getFirstPropertyValue("summary")).toBe(`Tandem check-in with ${await nameOf(sender)}`);
  });

  it("ends the series at a pause that hasn't ended", async () => {
    const { partnershipId, sender } = await inForce();
    const pausedAt = new Date(Date.now() + 60 * 24 * 3_600_000);
    await db.partnershipEvent.create({ data: { partnershipId, type: "PAUSED", createdAt: pausedAt } });
    const { vevent } = eventOf(await (await checkInsDownload(db, sender.id, partnershipId)).text());
    const until = vevent.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(until.until?.toJSDate().getTime()).toBe(pausedAt.getTime() - pausedAt.getMilliseconds() - 1000);
  });

  it("answers a friendly 404 while no agreement is in force, and once the partnership has ended", async () => {
    const drafting = await newPartnership(db);
    const before = await checkInsDownload(db, drafting.sender.id, drafting.partnershipId);
    expect(before.status).toBe(404);
    expect(before.headers.get("cache-control")).toBe("no-store");
    expect(await before.text()).toContain("There are no check-ins to add yet");

    const ended = await inForce();
    await db.partnership.update({ where: { id: ended.partnershipId }, data: { status: "ENDED", endedAt: new Date() } });
    const after = await checkInsDownload(db, ended.recipient.id, ended.partnershipId);
    expect(after.status).toBe(404);
    expect(await after.text()).toContain("There are no check-ins to add yet");
  });

  it("answers 404 alike for strangers and malformed ids, never a 500", async () => {
    const { partnershipId } = await inForce();
    const stranger = await createMember(db);
    const member = (await db.partnershipMember.findFirstOrThrow({ where: { partnershipId } })).memberId;
    const cases = [
      { memberId: stranger.id, id: partnershipId },
      { memberId: member, id: `${partnershipId}\u0000` },
      { memberId: member, id: "../../etc" },
      { memberId: member, id: "x".repeat(500) },
      { memberId: member, id: "" },
      { memberId: member, id: "cmunknownpartnership0000" },
    ];
    for (const { memberId, id } of cases) {
      const response = await checkInsDownload(db, memberId, id);
      expect(response.status, JSON.stringify(id)).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("We couldn't find that partnership");
    }
  });
});
