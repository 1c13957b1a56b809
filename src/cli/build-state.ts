import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sources = ["app", "src", "public", "next.config.ts", "instrumentation.ts", "package-lock.json", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), info.mtimeMs);
}

/** True when a production build exists and no source file changed after it was made. */
export function buildIsCurrent(distDir: string): boolean {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return sources.every((source) => newestMtime(source) <= builtAt);
}
