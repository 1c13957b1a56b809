/** The mail room's queues: one delivery job per outbox email, and a sweep for any left behind. */
export const mailQueues = { sendEmail: "email-send", sweepOutbox: "email-sweep" } as const;
