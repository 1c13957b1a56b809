"use server";

import { signOut } from "@/server/auth/config";

/** Ends this browser's session and goes to the home page. The redirect it throws must propagate. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/**
 * After the account is deleted: clears this browser's session cookie (the server already refuses
 * it) and lands on the goodbye page.
 */
export async function signOutAfterDeletion(): Promise<void> {
  await signOut({ redirectTo: "/goodbye" });
}
