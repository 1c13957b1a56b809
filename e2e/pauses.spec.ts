import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { agreeAndSign, becomePartners, dayFromNow, joinSpeaking, pausesNeedConsent } from "./partnership";

/*
 * A pause that needs the partner's consent, on a phone-sized screen: one asks (with a private
 * reason and a message), the other accepts, the partnership shows "Paused until …", and either
 * resumes early. The two share a language no other spec and no seeded member uses.
 */

test.use({ timezoneId: "Europe/Lisbon", viewport: { width: 375, height: 812 } });

const language = "Persian";

const join = (members: Members, page: Page, name: string) => joinSpeaking(members, page, name, language);

test("a pause asked for, agreed, shown as paused until its day, and resumed early; the reason stays with its author", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b] = [`Nima ${tag}`, `Sara ${tag}`];
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon", viewport: { width: 375, height: 812 } });
  const pageB = await contextB.newPage();
  await Promise.all([join(members, page, a), join(members, pageB, b)]);
  const partnershipUrl = await becomePartners(page, pageB, { a, b });

  // Their agreement asks for consent before a pause; Nima proposes, Sara signs.
  await agreeAndSign(page, pageB, partnershipUrl, pausesNeedConsent);

  // Nima asks for a week's pause from his partnership page.
  await page.goto(partnershipUrl);
  await page.getByRole("main").getByTestId("pause-card").getByRole("link", { name: "Take a pause" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Take a pause" })).toBeVisible();
  await expect(page.getByText(`${b} will be asked first`)).toBeVisible();
  await page.getByLabel("The day it picks up again").fill(dayFromNow(7));
  await page.getByLabel("Why you'd like a pause").fill("Exams all week, a private note.");
  await page.getByLabel(`A message for ${b}`).fill("Could we rest for a week?");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ask for the pause" }).click();
  await expect(page).toHaveURL(partnershipUrl);
  const card = page.getByRole("main").getByTestId("pause-card");
  await expect(card).toContainText(`Waiting for ${b} to answer`);
  await expect(card).toContainText("Exams all week");

  // Sara sees the request and the message, never the reason, and agrees.
  await pageB.goto(partnershipUrl);
  const cardB = pageB.getByRole("main").getByTestId("pause-card");
  await expect(cardB).toContainText(`${a} would like a pause`);
  await expect(cardB).toContainText("Could we rest for a week?");
  expect(await pageB.content()).not.toContain("Exams all week");
  await expectAccessible(pageB);
  await cardB.getByRole("button", { name: "Accept" }).click();
  await expect(cardB.getByRole("heading", { name: /^Paused until / })).toBeVisible();
  await expect(pageB.getByText(/^Status: Paused until /)).toBeVisible();

  // Nima sees it in his list of partnerships too; Sara resumes early and the card offers a pause again.
  await page.goto("/partnerships");
  await expect(page.getByText(/Paused until /)).toBeVisible();
  await cardB.getByRole("button", { name: "Resume now" }).click();
  await expect(cardB.getByRole("link", { name: "Take a pause" })).toBeVisible();
  await expect(pageB.getByText("Status: Agreement in force")).toBeVisible();
});
