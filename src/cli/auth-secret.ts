import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** AUTH_SECRET when configured; otherwise one generated on first start and kept in the data folder. */
export async function resolveAuthSecret(dataDir: string): Promise<{ secret: string; source: "environment" | "generated" | "data folder" }> {
  if (process.env.AUTH_SECRET) return { secret: process.env.AUTH_SECRET, source: "environment" };
  const file = path.join(dataDir, "auth-secret");
  const kept = (await readFile(file, "utf8").catch(() => "")).trim();
  if (kept.length >= 32) return { secret: kept, source: "data folder" };
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return { secret, source: "generated" };
}
