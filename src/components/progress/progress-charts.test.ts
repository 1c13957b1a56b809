import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { lastWeeks, weeklyProgress, type LoggedCheckIn } from "@/shared/check-ins/progress";
import { Milestones } from "./milestones";
import { ProgressCharts } from "./progress-charts";
import { commitmentsSummary, feelingsSummary, keptSummary } from "./summaries";

const now = new Date("2027-04-01T12:00:00Z");
const weeks = lastWeeks("Europe/London", now);
const at = (iso: string) => new Date(iso);
const me = "member-me";
const checkIns: LoggedCheckIn[] = [
  { occurrenceStart: at("2027-03-16T18:00:00Z"), answers: [{ memberId: me, mood: 4, energy: 2, moodPrivate: false, commitmentsDone: [0, 1] }] },
  { occurrenceStart: at("2027-03-23T18:00:00Z"), answers: [{ memberId: "sam", mood: 5, energy: 4, moodPrivate: false, commitmentsDone: [0] }] },
  { occurrenceStart: at("2027-03-30T18:00:00Z"), answers: [{ memberId: me, mood: 3, energy: 3, moodPrivate: false, commitmentsDone: [] }] },
];
const progress = weeklyProgress(weeks, checkIns, { viewerId: me, paused: [{ start: at("2027-02-01T00:00:00Z"), end: at("2027-02-10T00:00:00Z") }], plannedStarts: [] });
const feelings = {
  you: [
    { at: at("2027-03-16T18:00:00Z"), mood: 4, energy: 2 },
    { at: at("2027-03-30T18:00:00Z"), mood: 3, energy: 3 },
  ],
  partner: [{ at: at("2027-03-23T18:00:00Z"), mood: 5, energy: 4 }],
};
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("the progress charts, rendered on the server", () => {
  const html = renderToStaticMarkup(createElement(ProgressCharts, { weeks: progress, feelings, zone: "Europe/London", partnerName: "Sam" }));

  it("draws three complete SVG charts, each labelled with its summary", () => {
    const svgs = html.match(/<svg role="img"[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(3);
    expect(svgs[0]).toContain('aria-label="Check-ins each week. You met in 3 of the 10 weeks you weren&#x27;t paused."');
    expect(svgs.every((svg) => svg.includes('viewBox="0 0 400 220"') && svg.includes('width="100%"'))).toBe(true);
    // Bars are rects and lines are paths with real coordinates, not an empty wrapper.
    expect(html.match(/<path[^>]* d="M[\d.]+,[\d.]+/g)?.length ?? 0).toBeGreaterThan(0);
    expect(html.match(/<rect[^>]*class="[^"]*fill-primary/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(html).toContain("data-paused");
  });

  it("gives each chart a heading, a summary and a table to show instead", () => {
    const words = text(html);
    for (const heading of ["Check-ins each week", "Mood and energy", "Commitments done"]) expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
    expect(html.match(/<summary[^>]*>Show as a table<\/summary>/g)).toHaveLength(3);
    expect(words).toContain("Week of 22 Mar 1 0");
    expect(words).toContain("23 Mar Sam 5 4");
    expect(words).toContain("In the last 12 weeks you ticked off 2 commitments and Sam ticked off 1.");
  });

  it("tells the partner's lines apart by shape as well as colour", () => {
    expect(html).toContain('data-series="Sam&#x27;s mood"');
    expect(html).toMatch(/stroke-dasharray="6 4"/);
  });
});

describe("progress summaries", () => {
  it("say what happened plainly, without judgement", () => {
    const quiet = weeklyProgress(weeks, [], { viewerId: me, paused: [], plannedStarts: [] });
    expect(keptSummary(quiet)).toBe("No check-ins were logged in the last 12 weeks.");
    expect(commitmentsSummary(quiet, "Sam")).toBe("No commitments ticked off in the last 12 weeks yet. You can tick yours off when you answer a check-in.");
    expect(feelingsSummary(feelings, "Sam")).toBe("Your mood averaged 3.5 and your energy 2.5 out of 5, over 2 check-ins. Sam shared theirs once: mood 5 and energy 4 on average.");
    expect(feelingsSummary({ you: [], partner: [] }, "Sam")).toContain("No mood or energy ratings");
    const twice = weeklyProgress(weeks, [checkIns[0]!, { ...checkIns[0]!, occurrenceStart: at("2027-03-17T18:00:00Z") }], { viewerId: me, paused: [], plannedStarts: [] });
    expect(keptSummary(twice)).toBe("You met in 1 of the last 12 weeks, 2 check-ins in all.");
  });
});

describe("milestones", () => {
  it("celebrate briefly, with the date in the viewer's zone", () => {
    const html = renderToStaticMarkup(
      createElement(Milestones, { milestones: [{ kind: "first-check-in", reachedAt: at("2027-03-16T18:00:00Z") }, { kind: "ten-check-ins", reachedAt: at("2027-03-30T23:30:00Z") }], zone: "Europe/London", now }),
    );
    expect(text(html)).toContain("Your first check-in together · 16 March");
    expect(text(html)).toContain("Ten check-ins together · 31 March");
    expect(html).not.toContain("animate");
  });
});
