import { describe, expect, it } from "vitest";
import { signature } from "@/server/mail/compose";
import { invitationWords, type InvitationReason } from "./invitation-words";

const reasons: InvitationReason[] = ["IN_FORCE", "AMENDED", "REPLACED", "ENDED", "PAUSE_CHANGED"];

describe("calendar email words", () => {
  it.each(reasons)("%s greets the reader, names nobody else, links a next place to go and ends with where to find help", (reason) => {
    const { subject, text } = invitationWords(reason, { displayName: "Robin" }, "ps1");
    expect(text.startsWith("Hi Robin,\n\n")).toBe(true);
    expect(text.replace("Hi Robin,", "")).not.toMatch(/Robin/);
    expect(subject).not.toMatch(/Robin|!/);
    expect(text).toContain(reason === "ENDED" ? "/matches" : "/partnerships/ps1");
    expect(text.endsWith(signature())).toBe(true);
  });

  it("words an ending the same way whatever ended it, offering a next step", () => {
    const { text } = invitationWords("ENDED", { displayName: "Robin" }, "ps1");
    expect(text).not.toMatch(/block|suspend|report|delet/i);
    expect(text).toContain("/matches");
  });
});
