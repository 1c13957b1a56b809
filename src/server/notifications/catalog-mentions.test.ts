import { describe, expect, it } from "vitest";
import { z } from "zod";
import { notificationCatalog } from "./catalog";

/** Sample stored data for a catalog schema: an id-like string, a number or the first option, per field. */
function sampleData(schema: z.ZodType): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject)) throw new Error("Catalog data is expected to be an object schema");
  const shape = schema.shape as Record<string, z.ZodType>;
  return Object.fromEntries(
    Object.entries(shape).map(([key, field], index) => {
      if (field instanceof z.ZodNumber) return [key, 1];
      if (field instanceof z.ZodBoolean) return [key, true];
      if (field instanceof z.ZodEnum) return [key, field.options[0]];
      return [key, `sample${index}${key.toLowerCase()}`];
    }),
  );
}

// The notification list hides a notice by one SQL condition on `fromMemberId` (service.ts); a
// type that mentioned someone under another key would slip past it.
describe("notification mentions", () => {
  it.each(Object.keys(notificationCatalog) as (keyof typeof notificationCatalog)[])("%s mentions only its fromMemberId", (type) => {
    const entry = notificationCatalog[type];
    const data = sampleData(entry.data);
    const parsed = entry.parse(data);
    expect(parsed).not.toBeNull();
    expect(parsed?.mentions).toEqual("fromMemberId" in data ? [data.fromMemberId] : []);
  });
});
