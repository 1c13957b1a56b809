import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { exportDownload } from "@/server/privacy/export-download";

export const dynamic = "force-dynamic";

/** Downloads everything Tandem holds about the signed-in member as JSON; signed-out visitors sign in first and come back to the privacy page. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) {
    return new Response(null, { status: 303, headers: { Location: `/signin?callbackUrl=${encodeURIComponent("/settings/privacy")}`, "Cache-Control": "no-store" } });
  }
  return exportDownload(getDb(), user.id);
}
