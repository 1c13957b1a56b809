import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test, type Members } from "./fixtures";
import { becomePartners, joinSpeaking, suggestion } from "./partnership";

/*
 * Each page's one next step is on the first screen, on a phone and on a laptop: the suggestion's
 * "Ask to be partners", a new partnership's "Open your agreement", the draft's "Propose this
 * agreement", what a proposal asks of the partner, and an active partnership's "Log a check-in".
 * The two share a language no other spec and no seeded member uses.
 */

const language = "Turkish";

const join = (members: Members, page: Page, name: string) => joinSpeaking(members, page, name, language);

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ timezoneId: "Europe/Lisbon", viewport });

    test("every step of starting a partnership shows its action without scrolling", async ({ page, browser, members }) => {
      test.setTimeout(300_000);
      const tag = randomBytes(3).toString("hex");
      const [a, b] = [`Elif ${tag}`, `Deniz ${tag}`];
      const contextB = await browser.newContext({ timezoneId: "Europe/Lisbon", viewport });
      const pageB = await contextB.newPage();
      await Promise.all([join(members, page, a), join(members, pageB, b)]);

      await page.goto("/matches");
      await expect(suggestion(page, b).getByRole("button", { name: "Ask to be partners" })).toBeInViewport({ ratio: 1 });

      const partnershipUrl = await becomePartners(page, pageB, { a, b });
      await pageB.goto(partnershipUrl);
      await expect(pageB.getByRole("link", { name: "Open your agreement" })).toBeInViewport({ ratio: 1 });
      await pageB.getByRole("link", { name: "Open your agreement" }).click();
      await expect(pageB.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
      await expect(pageB.getByRole("button", { name: "Propose this agreement" })).toBeInViewport({ ratio: 1 });

      await page.goto(`${partnershipUrl}/agreement`);
      await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
      await page.getByRole("button", { name: "Propose this agreement" }).click();
      await pageB.reload();
      await expect(pageB.getByRole("main").getByTestId("signing-status")).toContainText(`${a} proposed version 1`);
      await expect(pageB.getByRole("main").getByTestId("signing-status")).toBeInViewport({ ratio: 1 });
      await pageB.goto(partnershipUrl);
      await expect(pageB.getByRole("main").getByTestId("signing-status")).toBeInViewport({ ratio: 1 });

      await pageB.goto(`${partnershipUrl}/agreement`);
      await pageB.getByRole("button", { name: "Sign version 1" }).click();
      await expect(pageB.getByRole("heading", { name: "Your agreement, version 1" })).toBeVisible();
      for (const p of [page, pageB]) {
        await p.goto(partnershipUrl);
        await expect(p.getByRole("link", { name: "Log a check-in", exact: true })).toBeInViewport({ ratio: 1 });
      }
      await contextB.close();
    });
  });
}
