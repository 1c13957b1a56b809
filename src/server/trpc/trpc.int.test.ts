import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { testContext } from "@/test/callers";
import { appRouter } from "@/server/api/root";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "./init";

const probeRouter = createTRPCRouter({
  missing: publicProcedure.query(() => {
    throw new AppError("NOT_FOUND", "We couldn't find that partnership.");
  }),
  fieldError: publicProcedure.mutation(() => {
    throw new AppError("BAD_INPUT", "Choose another name.", { fieldErrors: { displayName: ["That name is too long."] } });
  }),
  crash: publicProcedure.query(() => {
    throw new Error("connection string postgres://secret@db leaked?");
  }),
  echo: publicProcedure.input(z.object({ name: z.string().min(1).max(5) })).mutation(({ input }) => input.name),
  mine: protectedProcedure.query(({ ctx }) => ctx.session.user.id),
});

async function call(router: typeof appRouter | typeof probeRouter, path: string, init: { method?: "GET" | "POST"; input?: unknown } = {}) {
  const method = init.method ?? "GET";
  const input = encodeURIComponent(JSON.stringify({ json: init.input ?? null }));
  const req = new Request(`http://test/api/trpc/${path}${method === "GET" ? `?input=${input}` : ""}`, {
    method,
    headers: { "content-type": "application/json" },
    body: method === "POST" ? JSON.stringify({ json: init.input }) : undefined,
  });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router,
    createContext: () => testContext(),
  });
  const body = (await res.json()) as { error?: { json: { message: string; data: Record<string, unknown> } } };
  return { status: res.status, error: body.error?.json };
}

describe("tRPC error formatter", () => {
  it("maps an AppError to its HTTP status with its safe message and app code", async () => {
    const { status, error } = await call(probeRouter, "missing");
    expect(status).toBe(404);
    expect(error?.message).toBe("We couldn't find that partnership.");
    expect(error?.data).toMatchObject({ code: "NOT_FOUND", appCode: "NOT_FOUND", fieldErrors: null });
  });

  it("passes an AppError's field errors to the form", async () => {
    const { status, error } = await call(probeRouter, "fieldError", { method: "POST", input: {} });
    expect(status).toBe(400);
    expect(error?.data).toMatchObject({ appCode: "BAD_INPUT", fieldErrors: { displayName: ["That name is too long."] } });
  });

  it("turns zod input errors into a 400 with errors per field", async () => {
    const { status, error } = await call(probeRouter, "echo", { method: "POST", input: { name: "much too long" } });
    expect(status).toBe(400);
    expect(error?.message).toBe("Some details need another look.");
    expect(error?.data).toMatchObject({ appCode: "BAD_INPUT" });
    expect((error?.data.fieldErrors as Record<string, string[]>).name?.[0]).toMatch(/5/);
  });

  it("hides the details of unexpected errors", async () => {
    const { status, error } = await call(probeRouter, "crash");
    expect(status).toBe(500);
    expect(error?.message).toBe("Something went wrong on our side. Please try again in a moment.");
    expect(JSON.stringify(error)).not.toContain("secret");
  });

  it("asks anonymous callers of protected procedures to sign in", async () => {
    const { status, error } = await call(probeRouter, "mine");
    expect(status).toBe(401);
    expect(error?.data).toMatchObject({ appCode: "UNAUTHENTICATED" });
  });

  it("rejects bad input to a real procedure without a 500", async () => {
    const { status, error } = await call(appRouter, "devMailbox.list", { input: { limit: 5000 } });
    expect(status).toBe(400);
    expect(error?.data.fieldErrors).toHaveProperty("limit");
  });
});
