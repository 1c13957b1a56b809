import { describe, expect, it } from "vitest";
import { calendarOrganizer } from "./organizer";

describe("calendarOrganizer", () => {
  it("reads a name and an address", () => {
    expect(calendarOrganizer("Tandem <no-reply@tandem.example>")).toEqual({ name: "Tandem", email: "no-reply@tandem.example" });
    expect(calendarOrganizer('"Tandem check-ins" <no-reply@tandem.example>')).toEqual({ name: "Tandem check-ins", email: "no-reply@tandem.example" });
  });

  it("names a bare address Tandem", () => {
    expect(calendarOrganizer("no-reply@tandem.example")).toEqual({ name: "Tandem", email: "no-reply@tandem.example" });
    expect(calendarOrganizer("<no-reply@tandem.example>")).toEqual({ name: "Tandem", email: "no-reply@tandem.example" });
  });

  it("falls back to the local sender when unset or unreadable", () => {
    expect(calendarOrganizer(undefined)).toEqual({ name: "Tandem", email: "hello@tandem.local" });
    expect(calendarOrganizer("not an address")).toEqual({ name: "Tandem", email: "hello@tandem.local" });
  });
});
