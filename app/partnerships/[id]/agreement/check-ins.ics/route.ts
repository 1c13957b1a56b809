import { getSessionUser } from "@/server/auth/session";
import { checkInsDownload } from "@/server/calendar/download";
import { getDb } from "@/server/db/client";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The check-ins of the agreement in force as a calendar file; signed-out members sign in first and come back to the partnership. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user) {
    const page = `/partnerships/${encodeURIComponent(id)}`;
    return new Response(null, { status: 303, headers: { Location: `/signin?callbackUrl=${encodeURIComponent(page)}`, "Cache-Control": "no-store" } });
  }
  return checkInsDownload(getDb(), user.id, id);
}
