import "server-only";
import { channels } from "./channels";
import { NotificationRelay } from "./relay";

const cache = globalThis as unknown as { tandemRelay?: NotificationRelay };

/** The process's one LISTEN connection (kept across dev hot reloads). */
export function getRelay(): NotificationRelay {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  cache.tandemRelay ??= new NotificationRelay(url, Object.values(channels));
  return cache.tandemRelay;
}
