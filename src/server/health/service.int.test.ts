import { describe, expect, it } from "vitest";
import { createDb, getDb } from "@/server/db/client";
import { freePort } from "@/server/db/embedded";
import { checkHealth } from "./service";

describe("checkHealth", () => {
  it("reports the database and the job queue up", async () => {
    expect(await checkHealth(getDb())).toEqual({ status: "up", database: "up", queue: "up", workers: "in-process" });
  });

  it("reports the database down when it cannot be reached", async () => {
    const unreachable = createDb(`postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none`);
    const health = await checkHealth(unreachable);
    expect(health).toMatchObject({ status: "down", database: "down", queue: "up" });
    await unreachable.$disconnect();
  });
});
