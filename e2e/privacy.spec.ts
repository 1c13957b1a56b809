import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { becomePartners, joinSpeaking } from "./partnership";

/*
 * Taking your data and leaving. Two members share a language no other spec and no seeded member
 * uses, and must share it, so they are each other's only suggestions. The member who leaves uses a
 * browser of their own: the test's `page` (whose pages are reopened and checked afterwards) stays
 * with the partner, who stays signed in.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Danish";

const join = (members: Members, page: Page, name: string) => joinSpeaking(members, page, name, language);

test("a member downloads their data, deletes their account, and their partner sees a former member", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const [leaving, staying] = [`Aino ${tag}`, `Eero ${tag}`];
  const contextA = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const pageA = await contextA.newPage();
  const [aino, eero] = await Promise.all([join(members, pageA, leaving), join(members, page, staying)]);
  const partnershipUrl = await becomePartners(page, pageA, { a: staying, b: leaving });

  // The privacy page, from the settings.
  await pageA.goto("/settings/security");
  await pageA.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Privacy" }).click();
  await expect(pageA.getByRole("heading", { level: 1, name: "Privacy" })).toBeVisible();
  await expectAccessible(pageA);

  // The download holds Aino's own account and the partnership, and never Eero's email.
  const [download] = await Promise.all([pageA.waitForEvent("download"), pageA.getByRole("link", { name: "Download my data (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tandem-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile((await download.path())!, "utf8");
  const data = JSON.parse(exported) as { account: { email: string }; partnerships: { partner: string }[] };
  expect(data.account.email).toBe(aino.email);
  expect(data.partnerships[0]?.partner).toBe(staying);
  expect(exported).not.toContain(eero.email);

  // The box left unticked: the server's reason sits by the box, which takes focus.
  const password = pageA.getByLabel("Your password");
  const understood = pageA.getByLabel("I understand my account can't be brought back");
  await password.fill("not-my-password-at-all");
  await pageA.getByRole("button", { name: "Delete my account" }).click();
  await expect(pageA.getByText("Tick the box to confirm you want your account deleted.")).toBeVisible();
  await expect(understood).toBeFocused();
  await expect(understood).toHaveAttribute("aria-invalid", "true");

  // A wrong password changes nothing and says so.
  await understood.check();
  await pageA.getByRole("button", { name: "Delete my account" }).click();
  await expect(pageA.getByText("That isn't your password.").first()).toBeVisible();

  // The right one deletes the account and lands on a calm goodbye, with help linked, signed out.
  await password.fill(aino.password);
  await pageA.getByRole("button", { name: "Delete my account" }).click();
  await expect(pageA).toHaveURL(/\/goodbye$/);
  await expect(pageA.getByRole("heading", { level: 1, name: "Your account is deleted" })).toBeVisible();
  await expect(pageA.getByRole("main").getByRole("link", { name: "help page" })).toBeVisible();
  await expectAccessible(pageA);
  await pageA.goto("/dashboard");
  await expect(pageA).toHaveURL(/\/signin/);
  await contextA.close();

  // Eero keeps the partnership, ended, and sees a former member where Aino's name was.
  await page.goto(partnershipUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your partnership with Former member");
  await expect(page.getByRole("main")).not.toContainText(leaving);
  await page.goto("/partnerships");
  await expect(page.getByRole("main")).toContainText("Former member");
  await expect(page.getByRole("main")).not.toContainText(leaving);
});
