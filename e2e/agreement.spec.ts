import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { becomePartners } from "./partnership";
import { completeQuestionnaire } from "./questionnaire";

/*
 * Two partners writing their agreement at once, each in their own browser context. They become
 * partners the way members do (questionnaire, request, accept); as in requests.spec.ts, they share
 * a language no other spec and no seeded member uses, and must share it, so each is the other's
 * only suggestion.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "British Sign Language";

async function join(members: Members, page: Page, name: string) {
  await members.signedIn(page, { name });
  await completeQuestionnaire(page, { language, mustShareLanguage: true, intro: `Hi, I'm ${name}. Looking forward to writing this together.` });
}

/** Both values of a text area, once they agree. */
async function expectSameText(pages: Page[], label: string, parts: string[]) {
  await expect
    .poll(async () => {
      const values = await Promise.all(pages.map((p) => p.getByRole("textbox", { name: label, exact: true }).inputValue()));
      return values.every((v) => v === values[0]) && parts.every((part) => values[0]?.includes(part));
    }, { timeout: 20_000, message: `both see the same "${label}" with every edit` })
    .toBe(true);
}

test("two partners write the same section at once, see where the other is, and offline edits merge when the connection returns", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const a = `Ada ${randomBytes(3).toString("hex")}`;
  const b = `Ben ${randomBytes(3).toString("hex")}`;
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const pageB = await contextB.newPage();
  await Promise.all([join(members, page, a), join(members, pageB, b)]);

  await becomePartners(page, pageB, { a, b });

  // The partnership page leads to the agreement, and says plainly where signing stands.
  await expect(pageB.getByRole("main").getByTestId("signing-status")).toContainText("Nothing is proposed yet");
  await pageB.getByRole("link", { name: "Open your agreement" }).click();
  await expect(pageB).toHaveURL(/\/agreement$/);
  await page.goto(pageB.url());
  for (const p of [page, pageB]) {
    await expect(p.getByRole("heading", { level: 1 })).toContainText("Your agreement with");
    await expect(p.getByRole("status")).toHaveText("Saved");
  }
  await expect(page.getByRole("textbox", { name: `${a}'s goals and commitments` })).not.toBeEmpty();
  await expectAccessible(pageB);

  // Both type at the end of the same section at the same moment.
  const questions = "Check-in questions";
  const typeAtEnd = async (p: Page, label: string, text: string) => {
    const box = p.getByRole("textbox", { name: label, exact: true });
    await box.click();
    await box.press("Control+End");
    await box.pressSequentially(text, { delay: 15 });
  };
  await Promise.all([typeAtEnd(page, questions, "\nWhat went well for Ada?"), typeAtEnd(pageB, questions, "\nWhat felt hard for Ben?")]);
  await expectSameText([page, pageB], questions, ["What went well for Ada?", "What felt hard for Ben?"]);
  await expect(page.getByRole("status")).toHaveText("Saved");

  // Each sees where the other is writing.
  await page.getByRole("textbox", { name: `${a}'s boundaries (optional)`, exact: true }).focus();
  await expect(pageB.locator("section").getByText(`${a} is editing “${a}'s boundaries”`, { exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: questions, exact: true }).focus();
  await expect(pageB.locator("section").getByText(`${a} is editing “${questions}”`, { exact: true })).toBeVisible();
  await expect(pageB.locator("section").getByText(`${a} is editing “${a}'s boundaries”`, { exact: true })).toHaveCount(0);

  // Ben loses the connection and keeps writing; Ada writes in the same section meanwhile.
  const talk = "How we talk to each other";
  await contextB.setOffline(true);
  await typeAtEnd(pageB, talk, "\nBen: voice notes are fine.");
  await expect(pageB.getByRole("status")).toHaveText("Offline — your changes will sync", { timeout: 15_000 });
  await typeAtEnd(page, talk, "\nAda: I reply within a day.");
  await contextB.setOffline(false);
  await expectSameText([page, pageB], talk, ["Ben: voice notes are fine.", "Ada: I reply within a day."]);
  await expect(pageB.getByRole("status")).toHaveText("Saved", { timeout: 15_000 });

  // A structured field changed by one shows for the other.
  await page.getByRole("combobox", { name: "How", exact: true }).selectOption("In person");
  await expect(pageB.getByRole("combobox", { name: "How", exact: true })).toHaveValue("IN_PERSON");
  await expect(pageB.getByText(`${a} changed “How” to In person.`, { exact: true })).toBeVisible();

  // A reload reads back what both wrote.
  await pageB.reload();
  const talkAfterReload = pageB.getByRole("textbox", { name: talk, exact: true });
  await expect(talkAfterReload).toHaveValue(/Ada: I reply within a day\./);
  await expect(talkAfterReload).toHaveValue(/Ben: voice notes are fine\./);
  await expectAccessible(pageB);
  await contextB.close();
});
