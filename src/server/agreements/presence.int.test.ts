import { afterAll, describe, expect, it } from "vitest";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { getDb } from "@/server/db/client";
import { channels } from "@/server/realtime/channels";
import { decideNotToGoAhead } from "@/server/partnerships/not-going-ahead";
import { NotificationRelay } from "@/server/realtime/relay";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { newPartnership, streamOf } from "@/test/partners";
import { agreementPresence } from "./presence";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const otherInstance = new NotificationRelay(process.env.DATABASE_URL!, Object.values(channels));
afterAll(() => otherInstance.stop());

const partnership = () => newPartnership(db);

/** A browser's awareness update saying it is editing `section`. */
function presenceOf(section: string): string {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ slot: "a", section });
  const state = Buffer.from(encodeAwarenessUpdate(awareness, [awareness.clientID])).toString("base64");
  awareness.destroy();
  return state;
}

async function firstEvent(iterable: AsyncIterable<unknown>, abort: AbortController): Promise<unknown> {
  const timeout = setTimeout(() => abort.abort(), 10_000);
  try {
    for await (const event of iterable) return event;
  } finally {
    clearTimeout(timeout);
    abort.abort();
  }
}

describe("agreement presence", () => {
  it("passes a partner's awareness update to the other's subscription, stored nowhere", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    const abort = new AbortController();
    const event = firstEvent(await streamOf(recipient, abort).agreement.presence({ partnershipId }), abort);
    await new Promise((r) => setTimeout(r, 300));
    const state = presenceOf("boundariesA");
    const updatesBefore = await db.agreementDraftUpdate.count();
    await expect(apiOf(sender).agreement.sharePresence({ partnershipId, state })).resolves.toEqual({ shared: true });
    expect(await event).toEqual({ state });
    expect(await db.agreementDraftUpdate.count()).toBe(updatesBefore);
  });

  it("reaches a subscriber on another instance, and not one on another draft", async () => {
    const [one, two] = await Promise.all([partnership(), partnership()]);
    const abort = new AbortController();
    const event = firstEvent(agreementPresence(db, otherInstance, one.recipient.id, { partnershipId: one.partnershipId }, abort.signal), abort);
    await otherInstance.ready();
    await new Promise((r) => setTimeout(r, 300));
    await apiOf(two.sender).agreement.sharePresence({ partnershipId: two.partnershipId, state: presenceOf("conflict") });
    const state = presenceOf("pause");
    await apiOf(one.sender).agreement.sharePresence({ partnershipId: one.partnershipId, state });
    expect(await event).toEqual({ state });
  });

  it("is refused where nobody can edit: once the partnership has ended", async () => {
    const { partnershipId, sender, recipient } = await partnership();
    await apiOf(sender).agreement.sharePresence({ partnershipId, state: presenceOf("pause") });
    await decideNotToGoAhead(db, recipient.id, partnershipId);
    await expect(apiOf(sender).agreement.sharePresence({ partnershipId, state: presenceOf("pause") })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("ended"),
    });
  });

  it("refuses strangers, signed-out browsers and bad input", async () => {
    const { partnershipId, sender } = await partnership();
    const stranger = await createMember(db);
    const state = presenceOf("questions");
    await expect(apiOf(stranger).agreement.sharePresence({ partnershipId, state })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor().api.agreement.sharePresence({ partnershipId, state })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const first = async (iterable: Promise<AsyncIterable<unknown>>) => {
      for await (const event of await iterable) return event;
    };
    await expect(first(apiOf(stranger).agreement.presence({ partnershipId }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(first(callerFor().api.agreement.presence({ partnershipId }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    for (const input of [
      { partnershipId: "p\0", state },
      { partnershipId, state: "AAAA\0" },
      { partnershipId, state: "A".repeat(2000) },
      { partnershipId, state: Buffer.from("not an awareness update").toString("base64") },
      { partnershipId, state: `${state.slice(0, -1)}` },
    ]) {
      await expect(apiOf(sender).agreement.sharePresence(malformed(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(first(apiOf(sender).agreement.presence(malformed({ partnershipId: "p\0" })))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
