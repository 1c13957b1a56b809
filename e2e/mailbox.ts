import { expect, type Page } from "@playwright/test";

/** Opens the dev mailbox for an address and returns the newest emailed link to `path`. */
export async function linkFromMailbox(page: Page, to: string, path: "/verify" | "/reset"): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    const bodies = await page.getByTestId("email-body").allTextContents();
    link = bodies.map((body) => body.match(new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`))?.[0]).find(Boolean);
    expect(link, `a ${path} link emailed to ${to}`).toBeTruthy();
  }).toPass({ timeout: 20_000, intervals: [300, 500, 1000] });
  // Links carry APP_URL; the test's server may answer on another host name.
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}
