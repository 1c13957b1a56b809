import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { embeddedDatabaseName } from "../src/cli/database";
import { embeddedDatabaseUrl } from "../src/server/db/embedded";
import { expect, test, type Members } from "./fixtures";
import { becomePartners, joinSpeaking } from "./partnership";

/*
 * Safety end to end (issue 14): Ada reports her partner Ben from their partnership and blocks him
 * in the same step; a moderator, promoted with `npm run make-moderator` as a real one would be,
 * finds the report in the queue and suspends Ben, who is signed out and told why when he tries
 * to come back. Ada and Ben share a language no other spec and no seeded member uses.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Swedish";

const join = (members: Members, page: Page, name: string) => joinSpeaking(members, page, name, language);

/** The CLI a deployment uses for its first moderator, against the end-to-end server's database. */
async function makeModerator(email: string) {
  const databasePort = process.env.E2E_PORTS?.split(",")[2];
  if (!databasePort) throw new Error("E2E_PORTS is set by playwright.config.ts");
  const { stdout } = await promisify(execFile)("node_modules/.bin/tsx", ["--conditions=react-server", "src/cli/make-moderator.ts", email], {
    env: { ...process.env, APP_ENV: "local", DATABASE_URL: embeddedDatabaseUrl(databasePort, embeddedDatabaseName) },
  });
  expect(stdout).toContain("is now a moderator.");
}

test("a member reports and blocks their partner in one step, and a moderator suspends them", async ({ page, browser, members }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b, m] = [`Ada ${tag}`, `Ben ${tag}`, `Mo ${tag}`];
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const contextM = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const [pageB, pageM] = [await contextB.newPage(), await contextM.newPage()];
  const [, ben] = await Promise.all([join(members, page, a), join(members, pageB, b)]);
  const partnershipUrl = await becomePartners(page, pageB, { a, b });

  // Ada reports Ben from their partnership, ticking "Also block".
  await page.goto(partnershipUrl);
  await page.getByRole("region", { name: "Safety" }).getByRole("link", { name: `Report ${b}` }).click();
  await expect(page).toHaveURL(/\/report\?/);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some details need another look" })).toBeFocused();
  await page.getByRole("radio", { name: "Harassment" }).check();
  await page.getByLabel("What should the moderators know?").fill("He keeps messaging me late at night after I asked him to stop.");
  await page.getByRole("checkbox", { name: `Also block ${b}` }).check();
  await page.getByRole("button", { name: "Send report" }).click();
  const thanks = page.getByRole("status").filter({ hasText: "Thank you for telling us." });
  await expect(thanks).toBeFocused();
  await expect(thanks).toContainText(`You've also blocked ${b}.`);
  await page.goto("/partnerships");
  await expect(page.getByText("No partnerships yet")).toBeVisible();

  // Ben is told nothing: his partnership is simply gone.
  await pageB.goto("/partnerships");
  await expect(pageB.getByText("No partnerships yet")).toBeVisible();
  await pageB.goto("/notifications");
  await expect(pageB.getByRole("main")).not.toContainText(a);

  // The moderator's queue: the report, with what it concerns, then a suspension with its reason.
  const mo = await members.create({ name: m });
  await makeModerator(mo.email);
  await members.signIn(pageM, mo);
  await pageM.getByRole("link", { name: "Reports" }).first().click();
  await expect(pageM).toHaveURL(/\/admin\/reports$/);
  await pageM.getByRole("link", { name: `Harassment: ${b}` }).click();
  await expect(pageM.getByRole("main")).toContainText("He keeps messaging me late at night");
  await expect(pageM.getByRole("main")).not.toContainText(ben.email);
  await pageM.getByRole("radio", { name: /Suspend/ }).check();
  // No reason yet: the server asks for one (and suspends no one) before the last question.
  await pageM.getByRole("button", { name: "Suspend the account" }).click();
  await expect(pageM.getByText("Write down why, for the audit log.")).toBeVisible();
  await expect(pageM.getByLabel("Why")).toBeFocused();
  await expect(pageM.getByRole("button", { name: `Yes, suspend ${b}` })).toHaveCount(0);
  await pageM.getByLabel("Why").fill("Repeated unwanted contact after being asked to stop.");
  await pageM.getByRole("button", { name: "Suspend the account" }).click();
  await pageM.getByRole("button", { name: `Yes, suspend ${b}` }).click();
  await expect(pageM.getByRole("main").getByText("Member suspended").first()).toBeVisible();
  await pageM.getByRole("link", { name: "Audit log" }).click();
  await expect(pageM).toHaveURL(/\/admin\/audit$/);
  await expect(pageM.getByRole("main")).toContainText("Repeated unwanted contact after being asked to stop.");

  // Ben's session ends, and signing in again says why, calmly.
  await pageB.goto("/dashboard");
  await expect(pageB).toHaveURL(/\/signin/);
  await pageB.getByLabel("Email").fill(ben.email);
  await pageB.getByLabel("Password", { exact: true }).fill(ben.password);
  await pageB.getByRole("button", { name: "Sign in" }).click();
  await expect(pageB.getByText("Your account has been suspended")).toBeVisible();
  await Promise.all([contextB.close(), contextM.close()]);
});
