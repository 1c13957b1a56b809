import { createCaller } from "@/server/api/root";
import type { Db } from "@/server/db/client";
import { acceptRequest, sendRequest } from "@/server/requests/service";
import { testContext } from "./callers";
import { onboardedMember } from "./onboarding";

type Member = Awaited<ReturnType<typeof onboardedMember>>;

/** Two onboarded members (or the two given) who became partners the real way: a request, accepted. */
export async function newPartnership(db: Db, members?: { sender: Member; recipient: Member }) {
  const { sender, recipient } = members ?? { sender: await onboardedMember(db), recipient: await onboardedMember(db) };
  const { requestId } = await sendRequest(db, sender.id, { recipientId: recipient.id, note: null });
  const { partnershipId } = await acceptRequest(db, recipient.id, requestId);
  return { partnershipId, requestId, sender, recipient };
}

/** A member's caller whose subscriptions end when `abort` fires, as when the browser disconnects. */
export const streamOf = (member: { id: string }, abort: AbortController) => createCaller(testContext({ member }), { signal: abort.signal });
