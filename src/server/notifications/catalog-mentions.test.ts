import { describe, expect, it } from "vitest";
import { sampleData } from "@/test/catalog-samples";
import { notificationCatalog } from "./catalog";

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
