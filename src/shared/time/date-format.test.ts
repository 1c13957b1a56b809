import { describe, expect, it } from "vitest";
import { dateFormat, zoneFormat } from "./date-format";

const at = new Date("2026-12-01T18:40:00Z");
const time = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

describe("dateFormat and zoneFormat", () => {
  it("make each formatter once and format in the zone asked for", () => {
    expect(zoneFormat("Asia/Tokyo", time)).toBe(zoneFormat("Asia/Tokyo", time));
    expect(zoneFormat("Asia/Tokyo", time)).not.toBe(zoneFormat("Europe/Lisbon", time));
    expect(zoneFormat("Asia/Tokyo", time).format(at)).toBe("03:40");
    expect(zoneFormat("Europe/Lisbon", time).format(at)).toBe("18:40");
  });

  it("say nothing for an unknown zone, or fall back to UTC when asked to format anyway", () => {
    expect(dateFormat({ ...time, timeZone: "Nowhere/Else" })).toBeNull();
    expect(zoneFormat("Nowhere/Else", time).format(at)).toBe("18:40");
    expect(zoneFormat(null, time).format(at)).toBe("18:40");
  });
});
