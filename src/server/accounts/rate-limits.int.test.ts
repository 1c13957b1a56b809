import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { uniqueEmail } from "@/test/factories";
import { check, closeRateLimits, consume, forget } from "./rate-limits";

const storedKeys = async () => (await getDb().$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit`).map((row) => row.key);

describe("rate limits", () => {
  it("store no email address, registered or not, and no client address", async () => {
    const email = uniqueEmail("limited");
    const ip = "203.0.113.77";
    await consume("RESET_ACCOUNT", email);
    await consume("SIGN_IN_ACCOUNT", email);
    await consume("SIGN_IN_IP", ip);

    const keys = await storedKeys();
    expect(keys.filter((key) => key.startsWith("RESET_ACCOUNT:") || key.startsWith("SIGN_IN_"))).not.toEqual([]);
    for (const key of keys) {
      expect(key).not.toContain("@");
      expect(key).not.toContain(email.split("@")[0]);
      expect(key).not.toContain(ip);
    }
  });

  it("still count, refuse and forget per address", async () => {
    const email = uniqueEmail("counted");
    for (let attempt = 0; attempt < 5; attempt++) expect(await consume("SIGN_IN_ACCOUNT", email)).toEqual({ allowed: true });
    expect(await check("SIGN_IN_ACCOUNT", email)).toMatchObject({ allowed: false });
    expect(await check("SIGN_IN_ACCOUNT", uniqueEmail("other"))).toEqual({ allowed: true });
    await forget("SIGN_IN_ACCOUNT", email);
    expect(await check("SIGN_IN_ACCOUNT", email)).toEqual({ allowed: true });
  });

  it("keep counting after their pool is closed, on a new one", async () => {
    const email = uniqueEmail("reopened");
    for (let attempt = 0; attempt < 3; attempt++) await consume("RESET_ACCOUNT", email);
    await closeRateLimits();
    expect(await check("RESET_ACCOUNT", email)).toMatchObject({ allowed: false });
    expect(await consume("RESET_ACCOUNT", email)).toMatchObject({ allowed: false });
  });
});
