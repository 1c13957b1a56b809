import { markdownDownload } from "@/server/agreements/markdown-download";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; number: string }> };

/** Downloads one version of the agreement as Markdown; signed-out members sign in first and come back to the version's page. */
export async function GET(_request: Request, { params }: Context) {
  const { id, number } = await params;
  const user = await getSessionUser();
  if (!user) {
    const page = `/partnerships/${encodeURIComponent(id)}/agreement/versions/${encodeURIComponent(number)}`;
    return new Response(null, { status: 303, headers: { Location: `/signin?callbackUrl=${encodeURIComponent(page)}`, "Cache-Control": "no-store" } });
  }
  return markdownDownload(getDb(), user.id, { partnershipId: id, number });
}
