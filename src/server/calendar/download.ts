import "server-only";
import type { Db } from "@/server/db/client";
import { isAppError } from "@/server/errors";
import { zId } from "@/shared/ids";
import { checkInEventOf, partnershipCheckIns } from "./check-in-source";
import { checkInDownload, icsContentType, type CheckInEvent } from "./ics";

export const checkInsFilename = "tandem-check-ins.ics";

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

const notFound = () => plain(404, "We couldn't find that partnership. Open your partnerships to see the ones you're in.");

const noCheckIns = () =>
  plain(
    404,
    "There are no check-ins to add yet: they start once you both have signed an agreement, and stop when a partnership ends. Your partnership page shows where things stand.",
  );

/** What the file needs, read for one of the partnership's two members; null when no check-ins apply. */
async function checkInsOf(db: Db, memberId: string, partnershipId: string): Promise<Omit<CheckInEvent, "stamp"> | null> {
  const source = await partnershipCheckIns(db, memberId, partnershipId);
  return source ? checkInEventOf(source) : null;
}

/**
 * The one-off `.ics` of the check-ins of the agreement in force, for the partnership's two members
 * only. Strangers and malformed ids get the same 404; a partnership without an agreement in force
 * (or that ended) gets a friendly one.
 */
export async function checkInsDownload(db: Db, memberId: string, partnershipId: string, now = new Date()): Promise<Response> {
  const id = zId("partnership").safeParse(partnershipId);
  if (!id.success) return notFound();
  try {
    const event = await checkInsOf(db, memberId, id.data);
    if (!event) return noCheckIns();
    return new Response(checkInDownload({ ...event, stamp: now }), {
      status: 200,
      headers: {
        "Content-Type": icsContentType,
        "Content-Disposition": `attachment; filename="${checkInsFilename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.appCode === "NOT_FOUND") return notFound();
    throw error;
  }
}
