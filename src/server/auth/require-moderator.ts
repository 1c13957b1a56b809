import "server-only";
import { notFound } from "next/navigation";
import { getSessionUser } from "./session";

/** For the moderators' pages: to anyone else, signed in or not, the page isn't there. */
export async function requireModerator() {
  const user = await getSessionUser();
  if (user?.role !== "MODERATOR") notFound();
  return user;
}
