import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * A deadlock (40P01) or serialization failure (40001): PostgreSQL rolled the whole transaction
 * back, so running it again from the start is safe.
 */
export function isRetryableConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2034") return true;
  return /40P01|40001|deadlock detected|could not serialize/.test(`${error.message} ${JSON.stringify(error.meta ?? {})}`);
}

/** Runs a transaction again (up to `attempts` times in all) when PostgreSQL aborted it for a conflict. */
export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
    }
  }
}
