import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import pg from "pg";
import { embeddedDatabaseName } from "../src/cli/database";
import { embeddedDatabaseUrl } from "../src/server/db/embedded";
import { expect, test, type Members } from "./fixtures";
import { becomePartners } from "./partnership";
import { completeQuestionnaire } from "./questionnaire";

/*
 * Two app instances on one database, as behind a load balancer: Ada's browser talks to the first
 * (the suite's baseURL), Ben's to the second (playwright.config.ts starts it with --no-build and
 * the first's DATABASE_URL). Each signs in on their own instance, since cookies belong to an
 * origin. Every keystroke and presence change crosses between them only through PostgreSQL's
 * NOTIFY and each instance's relay. Like agreement.spec.ts, the partners share a language no
 * other spec and no seeded member uses, so each is the other's only suggestion.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Greek";
const secondInstance = process.env.E2E_SECOND_URL;

async function join(members: Members, page: Page, name: string) {
  await members.signedIn(page, { name });
  await completeQuestionnaire(page, { language, mustShareLanguage: true, intro: `Hi, I'm ${name}. Happy to write this together.` });
}

const typeAtEnd = async (page: Page, label: string, text: string) => {
  const box = page.getByRole("textbox", { name: label, exact: true });
  await box.click();
  await box.press("Control+End");
  await box.pressSequentially(text, { delay: 15 });
};

test("partners on two app instances write the same section at once and see each other", async ({ page, browser, members }) => {
  // playwright.config.ts always starts the second instance: without it this test must fail, not pass unseen.
  expect(secondInstance, "playwright.config.ts starts the second instance and sets E2E_SECOND_URL").toBeTruthy();
  test.setTimeout(300_000);
  const a = `Ada ${randomBytes(3).toString("hex")}`;
  const b = `Ben ${randomBytes(3).toString("hex")}`;
  const contextB = await browser.newContext({ baseURL: secondInstance, timezoneId: "Europe/Lisbon" });
  const pageB = await contextB.newPage();
  await Promise.all([join(members, page, a), join(members, pageB, b)]);
  expect(new URL(pageB.url()).origin).toBe(secondInstance);
  expect(new URL(page.url()).origin).not.toBe(secondInstance);

  await becomePartners(page, pageB, { a, b });
  await pageB.getByRole("link", { name: "Open your agreement" }).click();
  await expect(pageB).toHaveURL(/\/agreement$/);
  await page.goto(new URL(pageB.url()).pathname);
  for (const p of [page, pageB]) await expect(p.getByRole("status")).toHaveText("Saved");

  // Both type at the end of the same section at the same moment, each on their own instance.
  const questions = "Check-in questions";
  await Promise.all([typeAtEnd(page, questions, "\nAda asks: what went well?"), typeAtEnd(pageB, questions, "\nBen asks: what felt hard?")]);
  await expect
    .poll(
      async () => {
        const [textA, textB] = await Promise.all([page, pageB].map((p) => p.getByRole("textbox", { name: questions, exact: true }).inputValue()));
        return textA === textB && ["Ada asks: what went well?", "Ben asks: what felt hard?"].every((part) => textA?.includes(part));
      },
      { timeout: 20_000, message: "both instances' pages show the same text with both edits" },
    )
    .toBe(true);

  // Presence crosses instances both ways.
  await page.getByRole("textbox", { name: `${a}'s boundaries (optional)`, exact: true }).focus();
  await expect(pageB.locator("section").getByText(`${a} is editing “${a}'s boundaries”`, { exact: true })).toBeVisible();
  await pageB.getByRole("textbox", { name: questions, exact: true }).focus();
  await expect(page.locator("section").getByText(`${b} is editing “${questions}”`, { exact: true })).toBeVisible();
  await contextB.close();
});

/** Submits the sign-in form on whichever instance `page` belongs to. */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("failed sign-ins counted on one instance lock the account on the other", async ({ page, browser, members }) => {
  expect(secondInstance, "playwright.config.ts starts the second instance and sets E2E_SECOND_URL").toBeTruthy();
  test.setTimeout(120_000);
  const member = await members.create({ name: "Chloe" });

  // The account's allowance (SIGN_IN_ACCOUNT, 5 in 15 minutes) spent on the first instance.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(page, member.email, `not-the-password-${attempt}`);
    await expect(page.getByText("That email and password don't match.")).toBeVisible();
  }

  // The right password on the second instance is refused: it reads the same counters in PostgreSQL.
  const contextB = await browser.newContext({ baseURL: secondInstance });
  const pageB = await contextB.newPage();
  await submitSignIn(pageB, member.email, member.password);
  await expect(pageB.getByText("Too many attempts. Please wait 15 minutes and try again")).toBeVisible();
  expect(new URL(pageB.url()).origin).toBe(secondInstance);
  await expect(pageB).toHaveURL(/\/signin/);
  await pageB.goto("/dashboard");
  await expect(pageB).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  await contextB.close();
});

/** Runs `query` on the e2e instances' shared database (as `npm run job` does in e2e/jobs.ts). */
async function onDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const databasePort = process.env.E2E_PORTS?.split(",")[2];
  if (!databasePort) throw new Error("E2E_PORTS is set by playwright.config.ts");
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(databasePort, embeddedDatabaseName) });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

test("with both instances running workers, a queued job runs once and each scheduled occurrence is sent once", async ({ members }) => {
  test.setTimeout(120_000);
  // Signing up queues the verification email's delivery job; either instance's worker may take it.
  const member = await members.create({ name: "Dora", verified: false });
  await expect
    .poll(async () => (await onDatabase<{ status: string }>(`SELECT status::text FROM email_outbox WHERE "toAddress" = $1`, [member.email])).map((r) => r.status), {
      timeout: 30_000,
      message: "the verification email is delivered",
    })
    .toEqual(["SENT"]);
  // One delivery job, started once (never retried or taken twice), and one delivery attempt.
  const jobs = await onDatabase<{ state: string; retry_count: number; attempts: number }>(
    `SELECT j.state, j.retry_count, o.attempts FROM pgboss.job j JOIN email_outbox o ON j.singleton_key = o.id
     WHERE j.name = 'email-send' AND o."toAddress" = $1`,
    [member.email],
  );
  expect(jobs).toEqual([{ state: "completed", retry_count: 0, attempts: 1 }]);

  // Both instances hold every schedule and both run cron passes; each occurrence is filed once.
  await expect
    .poll(async () => (await onDatabase(`SELECT 1 FROM pgboss.job WHERE name = '__pgboss__send-it' AND state = 'completed'`)).length, {
      timeout: 75_000,
      message: "a scheduled occurrence (the outbox sweep runs every minute) has been sent",
    })
    .toBeGreaterThan(0);
  const duplicates = await onDatabase(
    `SELECT data->>'name' AS queue, singleton_on FROM pgboss.job WHERE name = '__pgboss__send-it' GROUP BY 1, 2 HAVING count(*) > 1`,
  );
  expect(duplicates).toEqual([]);
});
