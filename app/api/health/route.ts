import { getDb } from "@/server/db/client";
import { checkHealth } from "@/server/health/service";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDb());
  return Response.json(health, { status: health.status === "up" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
