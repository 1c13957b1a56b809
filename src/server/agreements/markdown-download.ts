import "server-only";
import type { Db } from "@/server/db/client";
import { isAppError } from "@/server/errors";
import { agreementMarkdown, agreementMarkdownFilename } from "@/shared/agreement/markdown";
import { zVersionInput } from "./schemas";
import { versionRead } from "./version-export";

/** A version number as it appears in a path: digits only, no sign, no leading zero, no exponent. */
const numberInPath = /^[1-9][0-9]{0,5}$/;

const notFound = () =>
  new Response("We couldn't find that version of your agreement. Open your partnership to see its versions.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * The Markdown download of one version, for its two members only. Strangers, unknown numbers and
 * malformed ids all get the same 404, so nobody learns which partnerships or versions exist.
 */
export async function markdownDownload(db: Db, memberId: string, params: { partnershipId: string; number: string }): Promise<Response> {
  const input = zVersionInput.safeParse({ partnershipId: params.partnershipId, number: numberInPath.test(params.number) ? Number(params.number) : Number.NaN });
  if (!input.success) return notFound();
  try {
    const { content, meta } = await versionRead(db, memberId, input.data);
    return new Response(agreementMarkdown(content, meta), {
      status: 200,
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${agreementMarkdownFilename(meta.number)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.appCode === "NOT_FOUND") return notFound();
    throw error;
  }
}
