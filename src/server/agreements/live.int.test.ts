import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/server/db/client";
import { channels } from "@/server/realtime/channels";
import { NotificationRelay } from "@/server/realtime/relay";
import { agreementText } from "@/shared/agreement/doc";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { newPartnership, streamOf } from "@/test/partners";
import { agreementUpdates } from "./live";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
/** Another app instance's LISTEN connection on the same database. */
const otherInstance = new NotificationRelay(process.env.DATABASE_URL!, Object.values(channels));
afterAll(() => otherInstance.stop());

const partnership = () => newPartnership(db);

/** An update inserting `text` into the questions section, made on a fresh copy of the stored draft. */
async function anEdit(member: { id: string }, partnershipId: string, text: string): Promise<string> {
  const state = await apiOf(member).agreement.load({ partnershipId });
  const doc = new Y.Doc();
  for (const u of state.updates) Y.applyUpdate(doc, Buffer.from(u.update, "base64"));
  const before = Y.encodeStateVector(doc);
  agreementText(doc, "questions").insert(0, text);
  return base64(Y.encodeStateAsUpdate(doc, before));
}

/** The first `count` events of a subscription, then it is stopped. */
async function firstEvents(iterable: AsyncIterable<unknown>, count: number, abort: AbortController): Promise<unknown[]> {
  const seen: unknown[] = [];
  const timeout = setTimeout(() => abort.abort(), 10_000);
  for await (const event of iterable) {
    seen.push(event);
    if (seen.length === count) break;
  }
  clearTimeout(timeout);
  abort.abort();
  return seen;
}

/** A tracked event's id and update, however the caller hands it over. */
const idAndUpdate = (event: unknown) => {
  const [id, data] = event as [string, { update: string }];
  return { id, update: data.update };
};

describe("agreement.updates", () => {
  it("delivers the partner's push to a subscriber, tracked by the stored id", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const abort = new AbortController();
    const events = firstEvents(await streamOf(recipient, abort).agreement.updates({ partnershipId }), 1, abort);
    await new Promise((r) => setTimeout(r, 300));
    const update = await anEdit(sender, partnershipId, "Live? ");
    const { id } = await apiOf(sender).agreement.push({ partnershipId, update });
    expect((await events).map(idAndUpdate)).toEqual([{ id, update }]);
  });

  it("reaches a subscriber on another instance's relay", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const abort = new AbortController();
    const events = firstEvents(agreementUpdates(db, otherInstance, recipient.id, { partnershipId }, abort.signal), 1, abort);
    await otherInstance.ready();
    await new Promise((r) => setTimeout(r, 300));
    const update = await anEdit(sender, partnershipId, "Across instances ");
    const { id } = await apiOf(sender).agreement.push({ partnershipId, update });
    expect((await events).map(idAndUpdate)).toEqual([{ id, update }]);
  });

  it("resumes after the last id the browser saw", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const seen = (await apiOf(recipient).agreement.load({ partnershipId })).lastId;
    const pushed = [];
    for (const text of ["one ", "two "]) pushed.push(await apiOf(sender).agreement.push({ partnershipId, update: await anEdit(sender, partnershipId, text) }));
    const abort = new AbortController();
    const events = await firstEvents(await streamOf(recipient, abort).agreement.updates({ partnershipId, lastEventId: seen }), 2, abort);
    expect(events.map((e) => idAndUpdate(e).id)).toEqual(pushed.map((p) => p.id));
  });

  it("refuses strangers, signed-out browsers and bad input", async () => {
    const { partnershipId } = await partnership();
    const stranger = await createMember(db);
    const first = async (iterable: Promise<AsyncIterable<unknown>>) => {
      for await (const event of await iterable) return event;
    };
    await expect(first(apiOf(stranger).agreement.updates({ partnershipId }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(first(callerFor().api.agreement.updates({ partnershipId }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    for (const input of [{ partnershipId: "p\0" }, { partnershipId, lastEventId: "1\0" }, { partnershipId, lastEventId: "99999999999999999999" }]) {
      await expect(first(apiOf(stranger).agreement.updates(malformed(input)))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });
});
