import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { UpcomingCard } from "@/components/dashboard/upcoming-card";
import { UpcomingCheckIns } from "./upcoming-check-ins";

const sam = { displayName: "Sam", timezone: "Europe/Berlin" };
const starts = [new Date("2027-03-09T18:00:00Z"), new Date("2027-03-16T18:00:00Z")];
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("upcoming check-ins on the partnership page", () => {
  it("lists each check-in in the viewer's time with the partner's beside it", () => {
    const html = renderToStaticMarkup(createElement(UpcomingCheckIns, { item: { status: "ACTIVE", partner: sam, starts }, viewerZone: "Europe/London" }));
    expect(text(html)).toContain("Tuesday 9 March, 18:00 for you · 19:00 for Sam");
    expect(html).toContain('dateTime="2027-03-09T18:00:00.000Z"');
    expect(html).toContain('href="/settings/calendar"');
    // Logging isn't here yet: no link to a check-ins page.
    expect(html).not.toMatch(/href="[^"]*check-ins"/);
  });

  it("says so kindly while paused, or before the agreement is in force", () => {
    const paused = renderToStaticMarkup(createElement(UpcomingCheckIns, { item: { status: "PAUSED", partner: sam, starts: [] }, viewerZone: "Europe/London" }));
    expect(text(paused)).toContain("You're paused for now, so there are no check-ins until you resume.");
    const none = renderToStaticMarkup(createElement(UpcomingCheckIns, { item: null, viewerZone: "Europe/London" }));
    expect(text(none)).toContain("Your check-ins will show here once you both have signed your agreement.");
  });
});

describe("the dashboard's upcoming card", () => {
  it("groups the check-ins by partnership, each linking to it", () => {
    const html = renderToStaticMarkup(
      createElement(UpcomingCard, {
        items: [
          { partnershipId: "p1", status: "ACTIVE", partner: sam, starts },
          { partnershipId: "p2", status: "PAUSED", partner: { displayName: "Ana", timezone: "America/Sao_Paulo" }, starts: [] },
        ],
        viewerZone: "Asia/Kolkata",
      }),
    );
    expect(text(html)).toContain("Check-ins with Sam");
    expect(text(html)).toContain("Tuesday 9 March, 23:30 for you · 19:00 for Sam");
    expect(html).toContain('href="/partnerships/p2"');
    expect(text(html)).toContain("You're paused for now");
  });

  it("renders nothing without a partnership to show", () => {
    expect(renderToStaticMarkup(createElement(UpcomingCard, { items: [], viewerZone: "Europe/London" }))).toBe("");
  });
});
