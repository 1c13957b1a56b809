"use server";

import { TRPCError } from "@trpc/server";
import { caller } from "@/trpc/server";

/**
 * Marks read the signed-in member's notices that link to the page they are on, and says how many.
 * A signed-out visitor or an address that isn't a page of Tandem marks nothing.
 */
export async function readNoticesOnPage(path: string): Promise<number> {
  try {
    return (await (await caller()).notifications.markReadOnPage({ path })).marked;
  } catch (error) {
    if (error instanceof TRPCError) return 0;
    throw error;
  }
}
