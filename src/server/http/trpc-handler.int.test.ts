import { describe, expect, it } from "vitest";
import { createMember } from "@/test/factories";
import { testContext } from "@/test/callers";
import { getDb } from "@/server/db/client";
import { maxBatchSize } from "@/shared/api/batch";
import { handleTrpcRequest } from "./trpc-handler";

const db = getDb();

function batchGet(size: number) {
  const paths = Array.from({ length: size }, () => "notifications.list").join(",");
  const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: size }, (_, i) => [i, { json: null }]))));
  return new Request(`http://test/api/trpc/${paths}?batch=1&input=${input}`, { headers: { "content-type": "application/json" } });
}

describe("the tRPC HTTP handler", () => {
  it(`refuses a batch of more than ${maxBatchSize} calls with a 400`, async () => {
    const member = await createMember(db);
    const response = await handleTrpcRequest(batchGet(200), () => testContext({ member }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("Batch call exceeds maximum size");
  });

  it(`answers a batch of ${maxBatchSize} calls`, async () => {
    const member = await createMember(db);
    const response = await handleTrpcRequest(batchGet(maxBatchSize), () => testContext({ member }));
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(maxBatchSize);
  });

  it("marks every answer as not to be stored by browsers or proxies", async () => {
    const member = await createMember(db);
    const response = await handleTrpcRequest(batchGet(1), () => testContext({ member }));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const refused = await handleTrpcRequest(new Request("http://test/api/trpc/notifications.list"), () => testContext());
    expect(refused.status).toBe(401);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });

  it("answers malformed percent-encoding in the path with a 400", async () => {
    const response = await handleTrpcRequest(new Request("http://test/api/trpc/%E0%A4%A"), () => testContext());
    expect(response.status).toBe(400);
  });
});
