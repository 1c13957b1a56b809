import { describe, expect, it } from "vitest";
import { alreadyRegisteredEmail, passwordChangedEmail, resetEmail, verificationEmail } from "@/server/accounts/emails";
import { invitationWords } from "@/server/calendar/invitation-words";
import { notificationCatalog } from "@/server/notifications/catalog";
import { sampleData } from "@/test/catalog-samples";
import { renderEmailHtml } from "./render";

/** The visible words of an HTML email (or a text), without markup, entities or preview padding. */
function words(value: string): string[] {
  return value
    .replace(/<head>[\s\S]*<\/head>/, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#\d+;|[\u00A0\u034F\u200B-\u200F\u2060\uFEFF]/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .split(/\s+/)
    .filter(Boolean);
}

const layoutWords = ["Tandem", "Open"];
const to = { displayName: "Robin" };

const catalogEmails = (Object.keys(notificationCatalog) as (keyof typeof notificationCatalog)[]).flatMap((type) => {
  const email = notificationCatalog[type].parse(sampleData(notificationCatalog[type].data))?.email(to);
  return email ? [[type, email] as const] : [];
});
const accountEmails = [
  ["verification", verificationEmail("robin@example.com", "Robin", "tok")],
  ["already registered", alreadyRegisteredEmail("robin@example.com")],
  ["reset", resetEmail("robin@example.com", "Robin", "tok")],
  ["password changed", passwordChangedEmail("robin@example.com", "Robin")],
] as const;
const calendarEmails = (["IN_FORCE", "AMENDED", "REPLACED", "ENDED"] as const).map((reason) => [`calendar ${reason}`, invitationWords(reason, to, "ps1")] as const);

describe("every email's HTML part", () => {
  it.each([...catalogEmails, ...accountEmails, ...calendarEmails])("%s says only what its plain text says, and links the same places", async (_name, email) => {
    const html = await renderEmailHtml(email);
    const allowed = new Set([...words(email.text), ...words(email.subject), ...layoutWords]);
    expect(words(html).filter((word) => !allowed.has(word))).toEqual([]);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
    expect(new Set(hrefs)).toEqual(new Set(email.text.match(/https?:\/\/\S+/g)));
  });

  it("covers every catalog type that has an email", () => {
    expect(catalogEmails.map(([type]) => type)).toEqual(Object.entries(notificationCatalog).filter(([, e]) => e.hasEmail).map(([type]) => type));
  });
});
