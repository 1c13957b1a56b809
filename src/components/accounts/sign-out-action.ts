"use server";

import { signOut } from "@/server/auth/config";

/** Ends this browser's session and goes to the home page. The redirect it throws must propagate. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
