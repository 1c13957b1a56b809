import "server-only";
import { outcomeForSender } from "@/server/requests/rules";
import { exportLimits, type ExportSection } from "./section";

/** Requests sent and received, each with its note; the other member by display name only. */
export const requestsSection: ExportSection = {
  key: "requests",
  describes: "Partner requests you sent and received, with their notes. The other member is named by display name only.",
  read: async (db, memberId) => {
    const now = new Date();
    const select = { note: true, status: true, createdAt: true, expiresAt: true, respondedAt: true } as const;
    const [sent, received] = await Promise.all([
      db.matchRequest.findMany({
        where: { senderId: memberId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: exportLimits.requests,
        select: { ...select, recipient: { select: { displayName: true } } },
      }),
      db.matchRequest.findMany({
        where: { recipientId: memberId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: exportLimits.requests,
        select: { ...select, sender: { select: { displayName: true } } },
      }),
    ]);
    return {
      // The sender sees what the product shows them ("not available"), never the recipient's answer itself.
      sent: sent.map((r) => ({ to: r.recipient.displayName, note: r.note, outcome: outcomeForSender(r, now), sentAt: r.createdAt, expiresAt: r.expiresAt })),
      received: received.map((r) => ({ from: r.sender.displayName, note: r.note, status: r.status, receivedAt: r.createdAt, answeredAt: r.respondedAt })),
    };
  },
};
