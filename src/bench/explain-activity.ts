import type { Db } from "../server/db/client";

/**
 * The rows a year of use leaves behind, for the tables `seedGeneratedMembers` leaves empty and the
 * hot queries read: notifications, timeline events, logged check-ins, sent email, reports, calendar
 * feeds and ended sessions, in proportion to the members and partnerships already seeded. Written
 * in SQL (one statement per table), since their content is never read back here, only planned over.
 * Returns each table's row count.
 */
export async function seedExplainActivity(db: Db): Promise<Record<string, number>> {
  const statements = [
    // Twelve per member over two months, two of them unread.
    `INSERT INTO notification (id, "memberId", type, data, "readAt", "createdAt")
     SELECT 'sn' || md5(m.id || ':' || g), m.id,
       (ARRAY['REQUEST_RECEIVED', 'CHECK_IN_REMINDER', 'AGREEMENT_SIGNED', 'REVIEW_DUE']::"NotificationType"[])[1 + g % 4], '{}'::jsonb,
       CASE WHEN g <= 2 THEN NULL ELSE now() - g * interval '5 days' + interval '1 hour' END, now() - g * interval '5 days'
     FROM member m CROSS JOIN generate_series(1, 12) g`,
    // Ten timeline entries per partnership.
    `INSERT INTO partnership_event (id, "partnershipId", "actorId", type, data, "createdAt")
     SELECT 'se' || md5(p.id || ':' || g), p.id, NULL,
       (ARRAY['CREATED', 'AGREEMENT_PROPOSED', 'AGREEMENT_SIGNED', 'CHECK_IN_LOGGED']::"PartnershipEventType"[])[1 + g % 4], '{}'::jsonb,
       p."createdAt" + g * interval '3 days'
     FROM partnership p CROSS JOIN generate_series(1, 10) g`,
    // Forty weekly check-ins logged by every partnership that got going.
    `INSERT INTO check_in (id, "partnershipId", "occurrenceStart", "happenedAt", "durationMinutes", channel, "loggedById", "createdAt")
     SELECT 'sc' || md5(p.id || ':' || g), p.id, w, w, 30, 'VIDEO', NULL, w
     FROM partnership p CROSS JOIN generate_series(1, 40) g
     CROSS JOIN LATERAL (SELECT date_trunc('day', now()) - g * interval '7 days' + interval '12 hours' AS w) t
     WHERE p.status IN ('ACTIVE', 'PAUSED', 'ENDED')`,
    // Three delivered emails per member.
    `INSERT INTO email_outbox (id, "memberId", "toAddress", subject, "textBody", status, attempts, transport, "sentAt", "createdAt", "updatedAt")
     SELECT 'so' || md5(m.id || ':' || g), m.id, m.email, 'A note from Tandem', 'Seeded.', 'SENT', 1, 'dev-mailbox',
       now() - g * interval '9 days', now() - g * interval '9 days', now() - g * interval '9 days'
     FROM member m CROSS JOIN generate_series(1, 3) g`,
    // One report per five members, one in ten of them still open.
    `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM member)
     INSERT INTO report (id, "reporterId", "reportedId", category, details, subject, status, "createdAt", "resolvedAt")
     SELECT 'sr' || a.n, a.id, b.id, 'OTHER', 'Seeded report.', 'PROFILE',
       (CASE WHEN a.n % 50 = 0 THEN 'OPEN' ELSE 'DISMISSED' END)::"ReportStatus",
       now() - (a.n % 300) * interval '1 day', CASE WHEN a.n % 50 = 0 THEN NULL ELSE now() END
     FROM numbered a JOIN numbered b ON b.n = a.n + 1 WHERE a.n % 5 = 0`,
    `INSERT INTO calendar_feed ("memberId", "tokenHash") SELECT id, md5(id) FROM member WHERE hashtext(id) % 5 = 0`,
    `INSERT INTO ended_session (id, "memberId", "expiresAt") SELECT md5('session' || id), id, now() + interval '20 days' FROM member WHERE hashtext(id) % 2 = 0`,
  ];
  for (const sql of statements) await db.$executeRawUnsafe(sql);
  const tables = ["member", "profile", "match_request", "partnership", "partnership_member", "notification", "partnership_event", "check_in", "email_outbox", "report", "calendar_feed", "ended_session"];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
