import { randomBytes } from "node:crypto";
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, expectAccessible, test, type Members } from "./fixtures";
import { completeQuestionnaire } from "./questionnaire";

/*
 * Partner requests between two members, each in their own browser context (so two separate
 * sessions). Member A uses the test's own `page`, so the axe fixture checks every page A visits;
 * member B's context comes from `browser.newContext()`, and B's pages are checked explicitly.
 *
 * Finding B among A's suggestions reliably: the e2e server seeds 200 generated members into a
 * database that is kept between runs (.data/e2e), so earlier runs' members are there too, many
 * with the same answers as ours, and suggestions show only the top 20. So each pair speaks one
 * language that the seed never gives anyone (it uses English plus the language of their zone) and
 * no other spec uses, and ticks "Must share a language": that dealbreaker rules out everyone who
 * doesn't speak it, leaving B as A's only candidate. Each test uses its own language, because the
 * two run in parallel. Members from an earlier run of the same test are out of the way too: the
 * first test's pair ends up in a partnership (at capacity, so not suggested), and the second's
 * pair closes matching at the end. Only leftovers of a failed run could share the pool, and A
 * looks B up by a display name unique to this run.
 */

test.use({ timezoneId: "Europe/Lisbon" });

type Member = { name: string };

function newMember(first: string): Member {
  return { name: `${first} ${randomBytes(3).toString("hex")}` };
}

/** A second member in a browser context of their own, with the same timezone as the first. */
async function secondBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  return context.newPage();
}

async function joinAndOpenToMatching(members: Members, page: Page, member: Member, language: string) {
  await members.signedIn(page, { name: member.name });
  await completeQuestionnaire(page, { language, mustShareLanguage: true, intro: `Hi, I'm ${member.name}. Hoping for a steady weekly check-in.` });
}

/** A's suggestion card for B, found by B's unique display name. */
async function cardFor(page: Page, member: Member): Promise<Locator> {
  await page.goto("/matches");
  const card = page.getByRole("article", { name: member.name, exact: true });
  await expect(card).toBeVisible();
  return card;
}

async function sendRequest(page: Page, to: Member, note: string) {
  const card = await cardFor(page, to);
  await card.getByRole("button", { name: "Ask to be partners" }).click();
  const noteField = card.getByRole("textbox", { name: `A note to ${to.name} (optional)` });
  await expect(noteField).toBeFocused();
  if (note) {
    await noteField.fill(note);
    await expect(card.getByText(`${note.length} of 500 characters`)).toBeVisible();
  }
  await card.getByRole("button", { name: "Send request" }).click();
  await expect(card.getByRole("status")).toHaveText("Request sent. They have 7 days to answer — you'll see it on your requests page.");
  await expect(card.getByRole("status")).toBeFocused();
  await expect(card.getByRole("link", { name: "your requests page" })).toHaveAttribute("href", "/requests");
  await expect(card.getByRole("button", { name: "Ask to be partners" })).toHaveCount(0);
}

async function closeMatching(page: Page) {
  await page.goto("/dashboard");
  await page.getByRole("switch", { name: "Open to matching" }).click();
  await expect(page.getByText("Off: you won't be suggested to anyone.")).toBeVisible();
}

/** No sideways scrolling at phone and tablet widths, with every signed-in header link. */
async function expectNoSidewaysScroll(page: Page) {
  for (const width of [320, 640, 768, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `no sideways scroll at ${width} px` }).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a request with a note becomes a partnership that both members can open", async ({ page, browser, members }) => {
  test.setTimeout(240_000);
  const a = newMember("Ana");
  const b = newMember("Bea");
  const pageB = await secondBrowser(browser);
  await Promise.all([joinAndOpenToMatching(members, page, a, "Hungarian"), joinAndOpenToMatching(members, pageB, b, "Hungarian")]);

  // A looks at the form, changes their mind, then sends a request with a note.
  const note = "Hi! I'm new in town too. Weekday evenings suit me, and I'd love a gentle weekly check-in.";
  const card = await cardFor(page, b);
  await card.getByRole("button", { name: "Ask to be partners" }).click();
  await expect(card.getByText(`${b.name} will see your note with your request`)).toBeVisible();
  await card.getByRole("button", { name: "Cancel" }).click();
  await expect(card.getByRole("button", { name: "Ask to be partners" })).toBeFocused();

  // A note over the limit is refused beside the note, which takes focus; nothing is sent.
  await card.getByRole("button", { name: "Ask to be partners" }).click();
  const noteField = card.getByRole("textbox", { name: `A note to ${b.name} (optional)` });
  await noteField.fill("x".repeat(501));
  await card.getByRole("button", { name: "Send request" }).click();
  await expect(card.getByText("Keep your note to 500 characters or fewer.")).toBeVisible();
  await expect(noteField).toBeFocused();
  await card.getByRole("button", { name: "Cancel" }).click();
  await sendRequest(page, b, note);

  // B sees the unread count in the header, reads the notice and marks everything read.
  await pageB.goto("/dashboard");
  const bell = pageB.getByRole("link", { name: "Notifications, 1 unread" });
  await expect(bell).toHaveText("Notifications (1)");
  await expectNoSidewaysScroll(pageB);
  await bell.click();
  await expect(pageB).toHaveURL(/\/notifications$/);
  const notice = pageB.getByRole("main").getByRole("listitem").filter({ hasText: `${a.name} would like to be your accountability partner.` });
  await expect(notice).toContainText("New");
  await expectAccessible(pageB);
  await pageB.getByRole("button", { name: "Mark all as read" }).click();
  await expect(pageB.getByText("Everything is marked as read.")).toBeFocused();
  await expect(pageB.getByRole("link", { name: "Notifications", exact: true })).toHaveText("Notifications");
  await expect(notice).not.toContainText("New");

  // B opens the request, reads A's note and accepts.
  await notice.getByRole("link", { name: "See the request" }).click();
  await expect(pageB).toHaveURL(/\/requests$/);
  await expect(pageB.getByRole("link", { name: "Requests", exact: true })).toHaveAttribute("aria-current", "page");
  // The request card comes first: its own list items (a reason may name them) are inside it.
  const incoming = pageB.getByRole("region", { name: "Waiting for your answer" }).getByRole("listitem").filter({ hasText: a.name }).first();
  await expect(incoming.getByRole("blockquote")).toHaveText(note);
  await expect(incoming).toContainText(/Sent \d{1,2} \w+ · Answer by \d{1,2} \w+/);
  await expect(pageB.getByRole("main")).toContainText("This match isn't available right now");
  expect(await pageB.getByRole("main").innerText()).not.toContain("@");
  await expectAccessible(pageB);
  await incoming.getByRole("button", { name: "Accept" }).click();

  await expect(pageB).toHaveURL(/\/partnerships\/[a-z0-9]+$/);
  const partnershipPath = new URL(pageB.url()).pathname;
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText(`You and ${a.name} are partners`);
  await expect(pageB.getByText("Drafting your agreement")).toBeVisible();
  await expect(pageB.getByRole("heading", { name: "Start writing your agreement" })).toBeVisible();
  await expect(pageB.getByRole("region", { name: "Timeline" })).toContainText(/Partnership created — \d{1,2} \w+, by you/);
  expect(await pageB.getByRole("main").innerText()).not.toContain("@");
  await expectAccessible(pageB);

  // A hears about it and reaches the same partnership from the notice and from their requests.
  await page.goto("/notifications");
  await expect(page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
  const accepted = page.getByRole("main").getByRole("listitem").filter({ hasText: `${b.name} accepted your request.` });
  await accepted.getByRole("link", { name: "Go to your partnership" }).click();
  await expect(page).toHaveURL(new RegExp(`${partnershipPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`You and ${b.name} are partners`);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText(new RegExp(`Partnership created — \\d{1,2} \\w+, by ${b.name}`));

  await page.goto("/requests");
  const sent = page.getByRole("region", { name: "Requests you sent" }).getByRole("listitem").filter({ hasText: b.name });
  await expect(sent.getByRole("blockquote")).toHaveText(note);
  await sent.getByRole("link", { name: "Go to your partnership" }).click();
  await expect(page).toHaveURL(new RegExp(`${partnershipPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`You and ${b.name} are partners`);

  // The dashboard leads to the partnership and says why A isn't being suggested now, beside a switch that stays on.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "You're open to matching, and your partnerships are full" })).toBeVisible();
  await page.getByRole("region", { name: "Your partnership", exact: true }).getByRole("link", { name: `You and ${b.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`${partnershipPath}$`));

  // With a partnership, A isn't offered new people; and a stranger's partnership id is simply not found.
  await page.goto("/matches");
  await expect(page.getByRole("heading", { level: 2, name: "You already have a partnership" })).toBeVisible();
  await page.goto("/partnerships/nosuchpartnership");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");

  await pageB.context().close();
});

test("a withdrawn request can be sent again, and a declined one reads only “not available right now”", async ({ page, browser, members }) => {
  test.setTimeout(240_000);
  const a = newMember("Ari");
  const b = newMember("Bo");
  const pageB = await secondBrowser(browser);
  await Promise.all([joinAndOpenToMatching(members, page, a, "Finnish"), joinAndOpenToMatching(members, pageB, b, "Finnish")]);

  // A sends a request without a note, then withdraws it after a confirmation step.
  await sendRequest(page, b, "");
  await page.goto("/requests");
  const sent = () => page.getByRole("region", { name: "Requests you sent" }).getByRole("listitem").filter({ hasText: b.name });
  await expect(sent()).toContainText(/Waiting for an answer until \d{1,2} \w+/);
  await sent().getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("group", { name: `Withdraw your request to ${b.name}?` })).toBeFocused();
  await page.getByRole("button", { name: "Yes, withdraw it" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Your request to ${b.name} is withdrawn.` })).toBeFocused();
  await expect(sent()).toContainText("You withdrew this request");

  // B never sees a withdrawn request.
  await pageB.goto("/requests");
  await expect(pageB.getByText("No requests waiting for you")).toBeVisible();

  // A asks again; B says "Not right now" after a confirmation step.
  await sendRequest(page, b, "");
  await pageB.reload();
  // The request card comes first: its own list items (a reason may name them) are inside it.
  const incoming = pageB.getByRole("region", { name: "Waiting for your answer" }).getByRole("listitem").filter({ hasText: a.name }).first();
  await incoming.getByRole("button", { name: "Not right now" }).click();
  await expect(pageB.getByRole("group", { name: `Say “not right now” to ${a.name}?` })).toBeFocused();
  await pageB.getByRole("button", { name: "Keep the request" }).click();
  await expect(incoming.getByRole("button", { name: "Not right now" })).toBeFocused();
  await incoming.getByRole("button", { name: "Not right now" }).click();
  await pageB.getByRole("button", { name: "Yes, not right now" }).click();
  await expect(pageB.getByRole("status").filter({ hasText: `You said not right now to ${a.name}.` })).toBeFocused();
  await expect(pageB.getByText("No requests waiting for you")).toBeVisible();
  await expectAccessible(pageB);

  // A sees only that the match isn't available: no reason, no name of who said no.
  await page.goto("/requests");
  const outcomes = sent();
  await expect(outcomes.first()).toContainText("This match isn't available right now");
  await expect(outcomes.getByText("This match isn't available right now", { exact: true })).toHaveCount(1);
  await expect(page.getByRole("main")).not.toContainText(/declin/i);

  // Leave nobody behind in later runs' suggestions (see the note at the top).
  await closeMatching(page);
  await closeMatching(pageB);
  await pageB.context().close();
});
