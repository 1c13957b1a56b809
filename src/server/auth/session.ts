import "server-only";
import { cache } from "react";
import { auth } from "./config";

/** The signed-in member, read and re-checked against the database once per server render. */
export const getSessionUser = cache(async () => {
  const session = await auth();
  return session?.user?.id ? session.user : null;
});
