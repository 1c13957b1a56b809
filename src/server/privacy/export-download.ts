import "server-only";
import type { Db } from "@/server/db/client";
import { exportMemberData } from "./export";

/** The member's export as a file download, dated in UTC; never cached by a browser or proxy. */
export async function exportDownload(db: Db, memberId: string, now = new Date()): Promise<Response> {
  const data = await exportMemberData(db, memberId, now);
  const filename = `tandem-export-${now.toISOString().slice(0, 10)}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
