import { describe, expect, it } from "vitest";
import { signatureWords, versionDateWords, versionStatusWords, type VersionListItem } from "./version-list-words";

const now = new Date("2026-12-30T12:00:00Z");
const day = (d: number) => new Date(`2026-12-${String(d).padStart(2, "0")}T12:00:00Z`);
const version = (changes: Partial<VersionListItem>): VersionListItem => ({
  number: 2,
  status: "PROPOSED",
  proposedAt: day(1),
  inForceAt: null,
  closedAt: null,
  endedUnsigned: false,
  signatures: [],
  ...changes,
});

describe("a version in the list", () => {
  it("says in words what became of it and when, in the reader's timezone", () => {
    expect(versionDateWords(version({}), "Europe/London", now)).toBe("Proposed 1 December.");
    expect(versionDateWords(version({ status: "IN_FORCE", inForceAt: day(3) }), "Europe/London", now)).toBe("Proposed 1 December. In force since 3 December.");
    expect(versionDateWords(version({ status: "SUPERSEDED", inForceAt: day(3), closedAt: day(20) }), "Europe/London", now)).toBe(
      "Proposed 1 December. In force from 3 December until 20 December.",
    );
    expect(versionDateWords(version({ status: "WITHDRAWN", closedAt: day(2) }), "Europe/London", now)).toBe("Proposed 1 December. Withdrawn 2 December.");
    expect(versionDateWords(version({ status: "CHANGES_REQUESTED", closedAt: day(2) }), "Pacific/Kiritimati", now)).toBe(
      "Proposed 2 December. Changes asked for 3 December.",
    );
    expect(versionStatusWords(version({ status: "WITHDRAWN" }))).toBe("Withdrawn before it came into force");
  });

  it("says a version still waiting for a signature when the partnership ended was not signed, not withdrawn", () => {
    const closed = version({ status: "WITHDRAWN", closedAt: day(2), endedUnsigned: true, signatures: [{ by: "you", signedAt: day(1) }] });
    expect(versionStatusWords(closed)).toBe("Not signed by you both before the partnership ended");
    expect(versionDateWords(closed, "Europe/London", now)).toBe("Proposed 1 December. The partnership ended 2 December.");
  });

  it("names the partner by their display name and the reader as you", () => {
    const signed = version({ signatures: [{ by: "partner", signedAt: day(1) }, { by: "you", signedAt: day(2) }] });
    expect(signatureWords(signed, "Sam", "UTC", now)).toEqual(["Signed by Sam on 1 December.", "Signed by you on 2 December."]);
  });
});
