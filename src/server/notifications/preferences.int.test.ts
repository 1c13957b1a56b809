import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import type { SetPreferencesInput } from "./schemas";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const quietHours = { on: true, start: "22:00", end: "07:30" };

describe("notifications.preferences", () => {
  it("shows every type in the catalog, grouped, with email on by default and quiet hours off", async () => {
    const me = await createMember(db, { timezone: "America/New_York" });
    const view = await apiOf(me).notifications.preferences();
    expect(view.groups.map((group) => group.key)).toEqual(["requests", "partnerships", "account"]);
    const types = view.groups.flatMap((group) => group.types);
    expect(types.find((t) => t.type === "REQUEST_RECEIVED")).toMatchObject({ choice: "IN_APP_AND_EMAIL", choices: ["IN_APP_AND_EMAIL", "IN_APP", "OFF"] });
    expect(types.find((t) => t.type === "MODERATOR_WARNING")).toMatchObject({ choices: ["IN_APP_AND_EMAIL", "IN_APP"] });
    expect(view.quietHours).toEqual({ on: false, start: "22:00", end: "08:00" });
    expect(view.timezone).toBe("America/New_York");
  });

  it("refuses a caller who isn't signed in", async () => {
    await expect(callerFor().api.notifications.preferences()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("notifications.setPreferences", () => {
  it("saves choices over what the member had, and quiet hours, for that member only", async () => {
    const [me, other] = [await createMember(db), await createMember(db)];
    await apiOf(me).notifications.setPreferences({ choices: { REQUEST_RECEIVED: "IN_APP" }, quietHours });
    const view = await apiOf(me).notifications.setPreferences({ choices: { AGREEMENT_SIGNED: "OFF" }, quietHours: { ...quietHours, on: false } });
    const choice = (type: string) => view.groups.flatMap((g) => g.types).find((t) => t.type === type)?.choice;
    expect([choice("REQUEST_RECEIVED"), choice("AGREEMENT_SIGNED"), choice("REQUEST_ACCEPTED")]).toEqual(["IN_APP", "OFF", "IN_APP_AND_EMAIL"]);
    expect(view.quietHours).toEqual({ on: false, start: "22:00", end: "07:30" });
    expect(await db.notificationPreferences.findUnique({ where: { memberId: other.id } })).toBeNull();
  });

  it("merges two saves at once instead of losing one", async () => {
    const me = await createMember(db);
    await Promise.all([
      apiOf(me).notifications.setPreferences({ choices: { REQUEST_RECEIVED: "OFF" }, quietHours }),
      apiOf(me).notifications.setPreferences({ choices: { AGREEMENT_PROPOSED: "IN_APP" }, quietHours }),
    ]);
    const row = await db.notificationPreferences.findUniqueOrThrow({ where: { memberId: me.id } });
    expect(row.choices).toEqual({ REQUEST_RECEIVED: "OFF", AGREEMENT_PROPOSED: "IN_APP" });
  });

  it("won't switch off a moderator's note, says why, and writes nothing", async () => {
    const me = await createMember(db);
    const error = await apiOf(me)
      .notifications.setPreferences({ choices: { MODERATOR_WARNING: "OFF", REQUEST_RECEIVED: "OFF" }, quietHours })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("can't be switched off") });
    expect(await db.notificationPreferences.findUnique({ where: { memberId: me.id } })).toBeNull();
  });

  it("refuses a caller who isn't signed in", async () => {
    await expect(callerFor().api.notifications.setPreferences({ choices: {}, quietHours })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it.each([
    ["a NUL byte in a time", { choices: {}, quietHours: { ...quietHours, start: "22:00\u0000" } }],
    ["a NUL byte in a type", { choices: { "REQUEST_RECEIVED\u0000": "OFF" }, quietHours }],
    ["a time that doesn't exist", { choices: {}, quietHours: { ...quietHours, end: "25:61" } }],
    ["equal start and end", { choices: {}, quietHours: { ...quietHours, end: "22:00" } }],
    ["an unknown type", { choices: { EVERYTHING: "OFF" }, quietHours }],
    ["an unknown choice", { choices: { REQUEST_RECEIVED: "SOMETIMES" }, quietHours }],
    ["no quiet hours", { choices: {} }],
  ])("refuses %s with a clear error and writes nothing", async (_name, input) => {
    const me = await createMember(db);
    await expect(apiOf(me).notifications.setPreferences(malformed<SetPreferencesInput>(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.notificationPreferences.findUnique({ where: { memberId: me.id } })).toBeNull();
  });
});
