import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe-core (WCAG 2.2 AA) on the page as it is now and fails on any violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Every page a test visits is checked with axe: the page as the test leaves it, and afterwards
 * each other URL it navigated to, reopened in the same browser context (same session).
 */
export const test = base.extend<{ axeEveryPage: void }>({
  axeEveryPage: [
    async ({ page, context }, use) => {
      const visited = new Set<string>();
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(frame.url());
      });
      await use();
      if (page.isClosed() || page.url() === "about:blank") return;
      await page.waitForLoadState("load", { timeout: 5_000 }).catch(() => {});
      await expectAccessible(page);
      visited.delete(page.url());
      for (const url of visited) {
        const again = await context.newPage();
        await again.goto(url);
        await expectAccessible(again);
        await again.close();
      }
    },
    { auto: true },
  ],
});

export { expect };
