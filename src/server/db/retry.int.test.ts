import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { createMember } from "@/test/factories";
import { isRetryableConflict, retryOnConflict } from "./retry";

const db = getDb();

/** Two transactions locking two rows in opposite orders: PostgreSQL aborts one with a deadlock. */
async function deadlock(): Promise<unknown> {
  const [x, y] = [await createMember(db), await createMember(db)];
  let arrived = 0;
  let release!: () => void;
  const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
  const lockBoth = (first: string, second: string) =>
    db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT id FROM member WHERE id = $1 FOR UPDATE`, first);
      if (++arrived === 2) release();
      await bothHoldOne;
      await tx.$queryRawUnsafe(`SELECT id FROM member WHERE id = $1 FOR UPDATE`, second);
    });
  const results = await Promise.allSettled([lockBoth(x.id, y.id), lockBoth(y.id, x.id)]);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(failed).toHaveLength(1);
  return failed[0]!.reason;
}

describe("retryOnConflict", () => {
  it("recognises a real PostgreSQL deadlock as retryable", async () => {
    expect(isRetryableConflict(await deadlock())).toBe(true);
  });

  it("runs again after a conflict and returns the second attempt's result", async () => {
    const conflict = await deadlock();
    let calls = 0;
    const result = await retryOnConflict(async () => {
      calls += 1;
      if (calls === 1) throw conflict;
      return "done";
    });
    expect(result).toBe("done");
    expect(calls).toBe(2);
  });

  it("gives up after the last attempt and never retries other errors", async () => {
    const conflict = await deadlock();
    let calls = 0;
    await expect(retryOnConflict(async () => ((calls += 1), Promise.reject(conflict)), 3)).rejects.toBe(conflict);
    expect(calls).toBe(3);
    calls = 0;
    const other = new Error("not a conflict");
    await expect(retryOnConflict(async () => ((calls += 1), Promise.reject(other)))).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});
