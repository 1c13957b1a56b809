import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { becomePartners } from "./partnership";
import { completeQuestionnaire } from "./questionnaire";

/*
 * Two partners make their agreement binding, each in their own browser context: propose, ask for
 * changes, edit, propose again, sign. As in agreement.spec.ts they share a language no other spec
 * and no seeded member uses, and must share it, so each is the other's only suggestion.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "American Sign Language";

async function join(members: Members, page: Page, name: string) {
  await members.signedIn(page, { name });
  await completeQuestionnaire(page, { language, mustShareLanguage: true, intro: `Hi, I'm ${name}. Happy to agree this together.` });
}

const statusOf = (page: Page) => page.getByRole("main").getByTestId("signing-status");

async function typeAtEnd(page: Page, label: string, text: string) {
  const box = page.getByRole("textbox", { name: label, exact: true });
  await box.click();
  await box.press("Control+End");
  await box.pressSequentially(text, { delay: 10 });
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
}

test("propose, ask for changes, edit, propose again and both sign: the partnership becomes active; then both sign a change", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const a = `Ida ${randomBytes(3).toString("hex")}`;
  const b = `Jon ${randomBytes(3).toString("hex")}`;
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const pageB = await contextB.newPage();
  await Promise.all([join(members, page, a), join(members, pageB, b)]);

  const partnershipUrl = await becomePartners(page, pageB, { a, b });
  await pageB.getByRole("link", { name: "Open your agreement" }).click();
  await expect(pageB).toHaveURL(/\/agreement$/);
  await page.goto(pageB.url());
  for (const p of [page, pageB]) await expect(statusOf(p)).toContainText("Nothing is proposed yet");

  // Ida proposes version 1; Jon sees it waiting for him, frozen beside the draft.
  await page.getByRole("button", { name: "Propose this agreement" }).click();
  await expect(statusOf(page)).toHaveText(`Waiting for ${b} to sign version 1.`);
  await expect(statusOf(pageB)).toHaveText(`${a} proposed version 1 and signed it. It's waiting for your signature.`);
  await expect(pageB.getByText(`Version 1, as ${a} proposed it`)).toBeVisible();
  await expectAccessible(pageB);

  // Jon asks for changes with a note, which Ida then sees.
  await pageB.getByRole("button", { name: "Ask for changes" }).click();
  await pageB.getByRole("textbox", { name: "What would you like to change?" }).fill("Could we add a question about sleep?");
  await pageB.getByRole("button", { name: "Send my note" }).click();
  await expect(statusOf(pageB)).toHaveText("You asked for changes to version 1. The draft is open to change again.");
  await expect(statusOf(page)).toHaveText(`${b} asked for changes to version 1. The draft is open to change again.`);
  await expect(page.getByText("Could we add a question about sleep?")).toBeVisible();

  // Ida edits and proposes version 2; Jon then changes a section, which withdraws it for both.
  const questions = "Check-in questions";
  await typeAtEnd(page, questions, "\nHow did you sleep?");
  await page.getByRole("button", { name: "Propose this agreement" }).click();
  await expect(statusOf(page)).toHaveText(`Waiting for ${b} to sign version 2.`);
  await expect(statusOf(pageB)).toContainText("proposed version 2");
  await typeAtEnd(pageB, questions, " And what helped?");
  const withdrawn = `changed “${questions}” after version 2 was proposed, so it needs proposing again.`;
  await expect(statusOf(pageB)).toHaveText(`You ${withdrawn}`);
  await expect(statusOf(page)).toHaveText(`${b} ${withdrawn}`);

  // Jon proposes version 3 and Ida signs it: in force, and the partnership is active.
  await pageB.getByRole("button", { name: "Propose this agreement" }).click();
  await expect(statusOf(pageB)).toHaveText(`Waiting for ${a} to sign version 3.`);
  await expect(page.getByText(`Version 3, as ${b} proposed it`)).toBeVisible();
  await page.getByRole("button", { name: "Sign version 3" }).click();
  for (const p of [page, pageB]) {
    await expect(p.getByRole("heading", { name: "Your agreement, version 3" })).toBeVisible();
    await expect(p.getByText("How did you sleep? And what helped?")).toBeVisible();
  }
  await pageB.goto(partnershipUrl);
  await expect(pageB.getByText("Status: Agreement in force")).toBeVisible();
  await expect(pageB.getByRole("heading", { name: "Your agreement, version 3" })).toBeVisible();
  await expectAccessible(pageB);

  // Renegotiation: Jon suggests checking in every two weeks; both see what would change, then both sign.
  await pageB.goto(`${partnershipUrl}/agreement`);
  await pageB.getByRole("button", { name: "Suggest a change" }).click();
  await expect(statusOf(pageB)).toHaveText("You're writing a change to version 3. It stays in force until you've both signed the change.");
  await pageB.getByRole("combobox", { name: "How often", exact: true }).selectOption("Every two weeks");
  await expect(pageB.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await pageB.getByRole("button", { name: "Propose this agreement" }).click();
  await expect(statusOf(pageB)).toHaveText(`Waiting for ${a} to sign version 4.`);

  await page.goto(`${partnershipUrl}/agreement`);
  await expect(statusOf(page)).toHaveText(`${b} proposed version 4 and signed it. It's waiting for your signature.`);
  await page.getByText("What would change from version 3").click();
  await expect(page.getByRole("main").getByTestId("amendment-changes")).toContainText("How often: Once a week → Every two weeks");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign version 4" }).click();
  for (const p of [page, pageB]) await expect(p.getByRole("heading", { name: "Your agreement, version 4" })).toBeVisible();
  await expect(page.getByText("Every two weeks")).toBeVisible();

  // Export: from the partnership page, the version in force as a printable page and a Markdown file.
  await page.goto(partnershipUrl);
  await page.getByRole("main").getByTestId("agreement-in-force").getByRole("link", { name: "Print or download" }).click();
  await expect(page).toHaveURL(/\/agreement\/versions\/4$/);
  await expect(page.getByRole("heading", { level: 1, name: /'s agreement$/ })).toBeVisible();
  await expect(page.getByText(/^Version 4, in force since \d+ \w+ \d{4}\.$/)).toBeVisible();
  const printButton = page.getByRole("button", { name: "Print" });
  await expect(printButton).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as Markdown" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("tandem-agreement-v4.md");
  const markdown = await readFile(await download.path(), "utf8");
  expect(markdown).toContain("Version 4, in force since");
  expect(markdown).toContain("How often: Every two weeks");
  expect(markdown).toContain("How did you sleep? And what helped?");

  // Printed, the page keeps the agreement and drops its own links and buttons; on a phone nothing overflows.
  await page.emulateMedia({ media: "print" });
  await expect(printButton).toBeHidden();
  await expect(page.getByRole("link", { name: "Download as Markdown" })).toBeHidden();
  await expect(page.getByText("How often", { exact: true })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // Every version, newest first: the earlier ones stay readable, marked for what became of them.
  await page.getByRole("link", { name: "All versions" }).click();
  const versions = page.getByRole("list", { name: "Versions, newest first" }).getByRole("listitem").filter({ has: page.getByRole("heading") });
  await expect(versions).toHaveCount(4);
  await expect(versions.nth(0)).toContainText("In force");
  await expect(versions.nth(1)).toContainText("Replaced by a newer version");
  await expect(versions.nth(2)).toContainText("Withdrawn before it came into force");
  await expect(versions.nth(3)).toContainText("Changes asked for");
  await expect(versions.nth(0)).toContainText(`Signed by ${b} on`);
  await versions.nth(2).getByRole("link", { name: "Version 2" }).click();
  await expect(page.getByText(/^Version 2, proposed on .* and withdrawn before it came into force\.$/)).toBeVisible();
  await contextB.close();
});
