import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { appRouter } from "@/server/api/root";
import { getDb } from "@/server/db/client";
import { acceptRequest, sendRequest } from "@/server/requests/service";
import { agreementText } from "@/shared/agreement/doc";
import { callerFor, testContext } from "@/test/callers";
import { onboardedMember } from "@/test/onboarding";

const db = getDb();

/** The subscription as a browser's EventSource reaches it: GET over the fetch adapter the route uses. */
function subscribe(member: { id: string } | null, input: object, abort: AbortController) {
  const url = `http://localhost/api/trpc/agreement.updates?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const req = new Request(url, { signal: abort.signal });
  return fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => testContext(member ? { member } : {}) });
}

/** Reads the event stream until `done` says enough, or 10 s pass. */
async function readUntil(res: Response, done: (text: string) => boolean, abort: AbortController): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const timeout = setTimeout(() => abort.abort(), 10_000);
  try {
    while (!done(text)) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      text += decoder.decode(value);
    }
  } catch {
    // aborted
  }
  clearTimeout(timeout);
  abort.abort();
  return text;
}

describe("agreement.updates over SSE", () => {
  it("streams a pushed update as an event whose id is the stored update's", async () => {
    const [sender, recipient] = await Promise.all([onboardedMember(db), onboardedMember(db)]);
    const { requestId } = await sendRequest(db, sender.id, { recipientId: recipient.id, note: null });
    const { partnershipId } = await acceptRequest(db, recipient.id, requestId);

    const abort = new AbortController();
    const res = await subscribe(recipient, { partnershipId }, abort);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");

    const state = await callerFor({ member: sender }).api.agreement.load({ partnershipId });
    const doc = new Y.Doc();
    for (const u of state.updates) Y.applyUpdate(doc, Buffer.from(u.update, "base64"));
    const before = Y.encodeStateVector(doc);
    agreementText(doc, "questions").insert(0, "Over the wire ");
    const update = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString("base64");
    // An event ends with a blank line; its id line may follow the data line.
    const streamed = readUntil(res, (text) => text.includes(update) && text.slice(text.indexOf(update)).includes("\n\n"), abort);
    await new Promise((r) => setTimeout(r, 300));
    const { id } = await callerFor({ member: sender }).api.agreement.push({ partnershipId, update });

    const text = await streamed;
    expect(text).toContain(`id: ${id}`);
    expect(text).toContain(update);
  });

  it("refuses a signed-out browser without streaming anything", async () => {
    const abort = new AbortController();
    const res = await subscribe(null, { partnershipId: "cm0doesnotexist0000000000" }, abort);
    const text = await readUntil(res, (t) => t.includes("UNAUTHORIZED") || t.includes("Please sign in"), abort);
    expect(text).toContain("Please sign in");
    expect(text).not.toContain("id: ");
  });
});
