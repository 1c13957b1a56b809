import { calendarFeed } from "@/server/calendar/feed";
import { getDb } from "@/server/db/client";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

/** A member's private check-in calendar, for calendar apps (which can't sign in): the secret link is the key. */
export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return calendarFeed(getDb(), token);
}
