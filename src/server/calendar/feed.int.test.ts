import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { GET } from "../../../app/calendar/[token]/route";
import { hashToken } from "@/server/accounts/tokens";
import { getDb } from "@/server/db/client";
import { endQuietly } from "@/server/partnerships/transitions";
import { agreementFields } from "@/shared/agreement/doc";
import { apiOf, proposeCurrent, pushEdit } from "@/test/agreement-docs";
import { callerFor } from "@/test/callers";
import { createMember } from "@/test/factories";
import { onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { cancelledWindowDays } from "./cancelled-source";
import { calendarFeed } from "./feed";

const db = getDb();

type Member = Awaited<ReturnType<typeof onboardedMember>>;

/** A partnership whose first agreement both have signed; `sender` may be given to share them. */
async function inForce(sender?: Member) {
  const p = await newPartnership(db, sender ? { sender, recipient: await onboardedMember(db) } : undefined);
  const v1 = await proposeCurrent(p.sender, p.partnershipId);
  await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v1.versionId, hash: v1.hash });
  return p;
}

async function roomFor(member: { id: string }, capacity: number) {
  await db.profile.update({ where: { memberId: member.id }, data: { partnershipCapacity: capacity } });
}

const tokenOf = (url: string) => {
  const match = /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url);
  if (!match?.[1]) throw new Error(`not a feed URL: ${url}`);
  return match[1];
};

/** The feed as a calendar app fetches it, through the route. */
async function fetchFeed(token: string) {
  return GET(new Request(`http://localhost/calendar/${token}`), { params: Promise.resolve({ token }) });
}

function eventsOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return { root, events: root.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

const uidFor = (partnershipId: string, version: number) => new RegExp(`^check-in-${partnershipId}-v${version}@`);

describe("calendar feed", () => {
  it("serves every active partnership's check-ins to the link's owner, with no email address in it", async () => {
    const member = await onboardedMember(db);
    await roomFor(member, 3);
    const first = await inForce(member);
    const second = await inForce(member);
    const { url } = await apiOf(member).calendar.rotateFeed();
    expect(url).toMatch(/^https?:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    for (const token of [`${tokenOf(url)}.ics`, tokenOf(url)]) {
      const response = await fetchFeed(token);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(response.headers.get("cache-control")).toContain("no-store");
      const text = await response.text();
      const { root, events } = eventsOf(text);
      expect(root.getFirstPropertyValue("x-wr-calname")).toBe("Tandem check-ins");
      expect(events).toHaveLength(2);
      expect(events.map((e) => e.uid)).toEqual(expect.arrayContaining([expect.stringMatching(uidFor(first.partnershipId, 1)), expect.stringMatching(uidFor(second.partnershipId, 1))]));
      for (const event of events) {
        expect(event.isRecurring()).toBe(true);
        expect(event.iterator().next()).toBeTruthy();
      }
      const partners = await db.member.findMany({ where: { id: { in: [first.recipient.id, second.recipient.id] } }, select: { displayName: true } });
      for (const { displayName } of partners) expect(events.map((e) => e.summary)).toContain(`Tandem check-in with ${displayName}`);
      for (const email of [member.email, first.recipient.email, second.recipient.email]) expect(text).not.toContain(email);
      expect(text).not.toMatch(/mailto:/i);
    }
    // The database keeps only the hash.
    const stored = await db.calendarFeed.findUniqueOrThrow({ where: { memberId: member.id } });
    expect(stored.tokenHash).toBe(hashToken(tokenOf(url)));
    expect(JSON.stringify(stored)).not.toContain(tokenOf(url));
  });

  it("leaves out partnerships that ended before the cancellation window, blocked ones and those with no agreement in force, and follows a new version", async () => {
    const member = await onboardedMember(db);
    await roomFor(member, 3);
    const ended = await inForce(member);
    const blocked = await inForce(member);
    const kept = await inForce(member);
    await db.partnership.update({ where: { id: ended.partnershipId }, data: { status: "ENDED", endedAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000) } });
    await db.partnershipMember.updateMany({ where: { partnershipId: ended.partnershipId }, data: { status: "ENDED" } });
    // A block that hasn't ended the partnership (yet) hides it all the same.
    await db.block.create({ data: { blockerId: blocked.recipient.id, blockedId: member.id } });
    await db.agreementVersion.updateMany({ where: { partnershipId: kept.partnershipId }, data: { number: 2 } });
    const drafting = await newPartnership(db, { sender: member, recipient: await onboardedMember(db) });

    const { url } = await apiOf(member).calendar.rotateFeed();
    const { events } = eventsOf(await (await fetchFeed(tokenOf(url))).text());
    expect(events.map((e) => e.uid)).toEqual([expect.stringMatching(uidFor(kept.partnershipId, 2))]);
    expect(events[0]?.component.getFirstPropertyValue("sequence")).toBe(2);
    expect(events.some((e) => e.uid.includes(drafting.partnershipId))).toBe(false);
  });

  it("keeps a cancelled copy of an ended partnership's event for the cancellation window, then drops it", async () => {
    const member = await onboardedMember(db);
    const p = await inForce(member);
    await db.$transaction((tx) => endQuietly(tx, { memberId: p.recipient.id, otherId: member.id }));
    const { url } = await apiOf(member).calendar.rotateFeed();

    const { events } = eventsOf(await (await calendarFeed(db, tokenOf(url))).text());
    expect(events.map((e) => e.uid)).toEqual([expect.stringMatching(uidFor(p.partnershipId, 1))]);
    expect(events[0]?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events[0]?.sequence).toBe(2);
    expect(events[0]?.summary).toBe("Tandem check-in with your partner");

    const later = new Date(Date.now() + (cancelledWindowDays + 1) * 24 * 60 * 60 * 1000);
    expect(eventsOf(await (await calendarFeed(db, tokenOf(url), later)).text()).events).toEqual([]);
  });

  it("keeps a cancelled copy of the version an amendment replaced beside the new one", async () => {
    const member = await onboardedMember(db);
    const p = await inForce(member);
    await apiOf(p.recipient).agreement.openAmendment({ partnershipId: p.partnershipId });
    await pushEdit(member, p.partnershipId, (doc) => agreementFields(doc).set("durationMinutes", 45));
    const v2 = await proposeCurrent(member, p.partnershipId);
    await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v2.versionId, hash: v2.hash });
    const { url } = await apiOf(member).calendar.rotateFeed();

    const { events } = eventsOf(await (await calendarFeed(db, tokenOf(url))).text());
    const byUid = events.map((e) => [e.uid.replace(/@.*$/, ""), e.component.getFirstPropertyValue("status"), e.sequence]);
    expect(byUid).toEqual(
      expect.arrayContaining([
        [`check-in-${p.partnershipId}-v2`, "CONFIRMED", 2],
        [`check-in-${p.partnershipId}-v1`, "CANCELLED", 2],
      ]),
    );
    expect(events).toHaveLength(2);
  });

  it("serves an empty calendar to a member with no check-ins yet", async () => {
    const member = await createMember(db);
    const { url } = await apiOf(member).calendar.rotateFeed();
    const response = await fetchFeed(tokenOf(url));
    expect(response.status).toBe(200);
    expect(eventsOf(await response.text()).events).toEqual([]);
  });

  it("stops serving a replaced or turned-off link at once", async () => {
    const { sender } = await inForce();
    const api = apiOf(sender);
    const old = tokenOf((await api.calendar.rotateFeed()).url);
    const current = tokenOf((await api.calendar.rotateFeed()).url);
    expect(current).not.toBe(old);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(current)).status).toBe(200);
    await expect(api.calendar.feed()).resolves.toMatchObject({ active: true });

    await expect(api.calendar.revokeFeed()).resolves.toEqual({ active: false });
    expect((await fetchFeed(current)).status).toBe(404);
    await expect(api.calendar.feed()).resolves.toEqual({ active: false, createdAt: null });
    // Turning off twice is fine.
    await expect(api.calendar.revokeFeed()).resolves.toEqual({ active: false });
  });

  it("answers a plain 404 for unknown and malformed links, never a 500", async () => {
    const tokens = ["", "short", "x".repeat(43), `${"a".repeat(42)}\u0000`, "../../etc/passwd", "a".repeat(5000), "%00", `${"A".repeat(43)}.ics.ics`, "😀".repeat(22)];
    for (const token of tokens) {
      const response = await calendarFeed(db, token);
      expect(response.status, JSON.stringify(token)).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("There's no calendar at this link");
    }
  });

  it("stops serving a suspended member's feed", async () => {
    const { sender } = await inForce();
    const token = tokenOf((await apiOf(sender).calendar.rotateFeed()).url);
    await db.member.update({ where: { id: sender.id }, data: { status: "SUSPENDED" } });
    expect((await fetchFeed(token)).status).toBe(404);
  });

  it("keeps one link per member when two new links are made at once", async () => {
    const member = await createMember(db);
    const api = apiOf(member);
    const urls = await Promise.all([api.calendar.rotateFeed(), api.calendar.rotateFeed(), api.calendar.rotateFeed()]);
    expect(await db.calendarFeed.count({ where: { memberId: member.id } })).toBe(1);
    const statuses = await Promise.all(urls.map(({ url }) => fetchFeed(tokenOf(url)).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  });
});

describe("calendar procedures", () => {
  it("tell a member whether their feed exists, never the link", async () => {
    const member = await createMember(db);
    const api = apiOf(member);
    await expect(api.calendar.feed()).resolves.toEqual({ active: false, createdAt: null });
    const { url } = await api.calendar.rotateFeed();
    const status = await api.calendar.feed();
    expect(status.active).toBe(true);
    expect(status.createdAt).toBeInstanceOf(Date);
    expect(JSON.stringify(status)).not.toContain(tokenOf(url));
  });

  it("ask anonymous callers to sign in and change nothing", async () => {
    const { api } = callerFor();
    const before = await db.calendarFeed.count();
    await expect(api.calendar.feed()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.calendar.rotateFeed()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.calendar.revokeFeed()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.calendar.upcoming()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.calendarFeed.count()).toBe(before);
  });

  it("give the next three check-ins of a partnership to its members only", async () => {
    const { partnershipId, sender, recipient } = await inForce();
    const [mine] = await apiOf(sender).calendar.upcoming({ partnershipId });
    expect(mine?.starts).toHaveLength(3);
    expect(mine?.status).toBe("ACTIVE");
    const partner = await db.member.findUniqueOrThrow({ where: { id: recipient.id }, select: { displayName: true, timezone: true } });
    expect(mine?.partner).toEqual(partner);
    expect(JSON.stringify(mine)).not.toContain(recipient.email);
    const starts = mine?.starts.map((d) => d.getTime()) ?? [];
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(starts[0]).toBeGreaterThan(Date.now() - 60_000);

    await expect(apiOf(recipient).calendar.upcoming()).resolves.toEqual([expect.objectContaining({ partnershipId })]);
    const stranger = await createMember(db);
    await expect(apiOf(stranger).calendar.upcoming({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).calendar.upcoming()).resolves.toEqual([]);
  });

  it("give none while paused, and nothing before an agreement is in force", async () => {
    const { partnershipId, sender } = await inForce();
    await db.partnership.update({ where: { id: partnershipId }, data: { status: "PAUSED" } });
    await db.partnershipEvent.create({ data: { partnershipId, type: "PAUSED" } });
    await expect(apiOf(sender).calendar.upcoming({ partnershipId })).resolves.toEqual([expect.objectContaining({ status: "PAUSED", starts: [] })]);

    const drafting = await newPartnership(db);
    await expect(apiOf(drafting.sender).calendar.upcoming({ partnershipId: drafting.partnershipId })).resolves.toEqual([]);
  });

  it("refuse malformed partnership ids with a clear error, never a 500", async () => {
    const member = await createMember(db);
    for (const partnershipId of ["", "x".repeat(500), "abc\u0000", "../x", "ABC-def"]) {
      await expect(apiOf(member).calendar.upcoming({ partnershipId }), JSON.stringify(partnershipId)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });
});
