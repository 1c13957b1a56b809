import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { becomePartners } from "./partnership";
import { completeQuestionnaire } from "./questionnaire";

/*
 * Two partners log one check-in and answer it, then see it in their progress and take their
 * check-ins to their own calendar. They share a language no other spec and no seeded member uses,
 * and must share it, so each is the other's only suggestion. Their agreement has a daily check-in
 * a few minutes from now (in Oslo's time), so there is one to log straight away; a milestone
 * counts once the check-in's planned time has come, so the test waits for it near the end.
 */

test.use({ timezoneId: "Europe/Lisbon" });

const language = "Norwegian";

async function join(members: Members, page: Page, name: string) {
  await members.signedIn(page, { name });
  await completeQuestionnaire(page, { language, mustShareLanguage: true, intro: `Hi, I'm ${name}. Looking for steady daily check-ins.` });
}

const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

const zone = "Europe/Oslo";

/** The whole minute `minutes` from now: "HH:MM" in `zone`, and the instant it names. */
function timeIn(minutes: number): { text: string; at: number } {
  const at = Math.floor((Date.now() + minutes * 60_000) / 60_000) * 60_000;
  const text = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return { text, at };
}

/** The downloaded calendar, read by an independent parser: throws if it is malformed. */
function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const events = root.getAllSubcomponents("vevent");
  const timezones = root.getAllSubcomponents("vtimezone").map((tz) => tz.getFirstPropertyValue("tzid"));
  const start = events[0]?.getFirstProperty("dtstart");
  const rule = events[0]?.getFirstPropertyValue("rrule");
  return { events: events.length, timezones, startZone: start?.getParameter("tzid"), startLocal: start?.getFirstValue()?.toString(), rule: rule?.toString() };
}

test("both partners answer one check-in: private answers stay private, drafts survive a reload, crisis words bring up the lines; it shows in their progress and their calendar", async ({ page, browser, members }) => {
  // Up to five minutes of it wait for the check-in's planned time, for the milestone.
  test.setTimeout(600_000);
  const tag = randomBytes(3).toString("hex");
  const [a, b] = [`Liv ${tag}`, `Odd ${tag}`];
  const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const pageB = await contextB.newPage();
  await Promise.all([join(members, page, a), join(members, pageB, b)]);
  const partnershipUrl = await becomePartners(page, pageB, { a, b });

  // Every day, five minutes from now in Oslo; Liv proposes, Odd signs.
  await page.goto(`${partnershipUrl}/agreement`);
  await saved(page);
  await page.getByRole("combobox", { name: "How often", exact: true }).selectOption("Every day");
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) await page.getByRole("checkbox", { name: day, exact: true }).check();
  await page.getByRole("textbox", { name: "Timezone", exact: true }).fill(zone);
  const planned = timeIn(5);
  await page.getByLabel("Time", { exact: true }).fill(planned.text);
  await saved(page);
  await page.getByRole("button", { name: "Propose this agreement" }).click();
  await pageB.goto(`${partnershipUrl}/agreement`);
  await pageB.getByRole("button", { name: "Sign version 1" }).click();
  await expect(pageB.getByRole("heading", { name: "Your agreement, version 1" })).toBeVisible();

  // Liv logs the coming check-in from the partnership page.
  await page.goto(partnershipUrl);
  await page.getByRole("link", { name: "Log a check-in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Check-ins with ${b}` })).toBeVisible();
  const open = page.getByTestId("check-in-occurrence").filter({ hasText: "Not logged yet." }).first();
  await open.getByRole("button", { name: "Log this check-in" }).click();
  await expect(open.getByRole("combobox", { name: "How did you check in?" })).toBeVisible();
  await expectAccessible(page);
  await open.getByRole("button", { name: "Log it" }).click();
  await expect(page).toHaveURL(/checkIn=/);
  const checkInUrl = page.url();

  // Liv answers; words that sound like danger bring up the crisis lines before anything is saved.
  const form = page.getByRole("form", { name: "Your answers" });
  await form.getByRole("textbox", { name: "What's one win since we last talked?" }).fill("Went to the choir rehearsal.");
  await form.getByRole("textbox", { name: "What felt hard?" }).fill("Some nights I want to die, honestly.");
  await expect(page.getByRole("main").getByTestId("crisis-lines")).toContainText("If you might hurt yourself or are in danger");
  await expect(page.getByRole("main").getByTestId("crisis-lines")).toContainText(`We don't tell ${b}`);
  await page.locator("#answer-2-private").check();
  await expect(page.getByText("Only you will see this")).toBeVisible();
  await form.getByRole("group", { name: "How has your mood been?" }).getByRole("radio", { name: "2 Low" }).check();
  await form.getByRole("group", { name: "And your energy?" }).getByRole("radio", { name: "3 Steady" }).check();
  await expectAccessible(page);
  await form.getByRole("button", { name: "Save my answers" }).click();
  await expect(page.getByText(`Saved. ${b} can see what you shared`)).toBeVisible();

  // Odd opens the same check-in: Liv's shared answer shows, her private one never reaches his page.
  await pageB.goto(checkInUrl);
  await expect(pageB.getByText(`${a} logged it.`)).toBeVisible();
  const shared = pageB.getByRole("region", { name: `What ${a} shared` });
  await expect(shared).toContainText("Went to the choir rehearsal.");
  await expect(shared).toContainText("Mood 2 – Low");
  expect(await pageB.content()).not.toContain("want to die");

  // Odd's draft survives a reload, then he saves it; Liv sees his shared answer.
  const formB = pageB.getByRole("form", { name: "Your answers" });
  await formB.getByRole("textbox", { name: "How can I support you?" }).fill("Keep asking about the choir.");
  await pageB.reload();
  await expect(pageB.getByText("We brought back what you wrote earlier in this tab.")).toBeVisible();
  await expect(formB.getByRole("textbox", { name: "How can I support you?" })).toHaveValue("Keep asking about the choir.");
  await formB.getByRole("group", { name: "How has your mood been?" }).getByRole("radio", { name: "4 Good" }).check();
  await formB.getByRole("group", { name: "And your energy?" }).getByRole("radio", { name: "4 Good" }).check();
  await formB.getByRole("button", { name: "Save my answers" }).click();
  await expect(pageB.getByText(`Saved. ${a} can see what you shared`)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("region", { name: `What ${b} shared` })).toContainText("Keep asking about the choir.");
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await contextB.close();

  // Liv takes the check-ins to her own calendar from the partnership page: a valid file, recurring, in the agreed zone.
  await page.goto(partnershipUrl);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add our check-ins to my calendar" }).click()]);
  expect(download.suggestedFilename()).toBe("tandem-check-ins.ics");
  const ics = await readFile(await download.path(), "utf8");
  expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
  expect(ics).toContain("RRULE:");
  expect(ics).toContain(`TZID=${zone}`);
  const calendar = parseCalendar(ics);
  expect(calendar).toMatchObject({ events: 1, timezones: [zone], startZone: zone });
  expect(calendar.rule).toContain("FREQ=DAILY");
  expect(calendar.startLocal).toContain(`T${planned.text}:00`);

  // Her progress: the chart of check-ins kept, read by its summary, and her feelings beside Odd's shared ones.
  await page.goto(`${partnershipUrl}/check-ins`);
  await page.getByRole("link", { name: "See your progress together" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Your progress with ${b}` })).toBeVisible();
  await expect(page.getByRole("img", { name: "Check-ins each week. You met in 1 of the last 12 weeks." })).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`Your mood averaged 2 .* ${b} shared theirs once: mood 4`) })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The first check-in is a milestone once its planned time has come.
  await page.waitForTimeout(Math.max(0, planned.at - Date.now() + 2_000));
  await page.reload();
  await expect(page.getByRole("main").getByTestId("milestones")).toContainText("Your first check-in together");
  await expectAccessible(page);
});
