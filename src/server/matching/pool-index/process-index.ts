import "server-only";
import { LiveCandidateIndex } from "./live-index";

const cache = globalThis as unknown as { tandemCandidateIndex?: LiveCandidateIndex };

/** The process's candidate index (kept across dev hot reloads); it starts loading on first use. */
export function getCandidateIndex(): LiveCandidateIndex {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  cache.tandemCandidateIndex ??= new LiveCandidateIndex(url);
  return cache.tandemCandidateIndex;
}

/** Closes the process's index connection, if it was ever opened (tests, shutdown). */
export async function stopCandidateIndex(): Promise<void> {
  const index = cache.tandemCandidateIndex;
  delete cache.tandemCandidateIndex;
  await index?.stop();
}
