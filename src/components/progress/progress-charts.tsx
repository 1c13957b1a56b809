import type { FeelingPoint, WeekProgress } from "@/shared/check-ins/progress";
import { labelledWeek, shortDay } from "./chart-frame";
import { ChartSection, Legend, tableClass, type LegendItem } from "./chart-section";
import { FeelingsLines, type FeelingLine } from "./feelings-lines";
import { commitmentsSummary, feelingsSummary, keptSummary } from "./summaries";
import { WeeklyBars } from "./weekly-bars";

type Props = {
  weeks: readonly WeekProgress[];
  feelings: { you: readonly FeelingPoint[]; partner: readonly FeelingPoint[] };
  zone: string;
  partnerName: string;
};

const primary = "fill-primary stroke-primary";
const secondary = "fill-muted stroke-muted";

/** The three progress charts, each with its summary and a table. Server-rendered SVG: no client JavaScript. */
export function ProgressCharts({ weeks, feelings, zone, partnerName }: Props) {
  const columns = weeks.map((w) => ({ label: shortDay(w.start, zone), paused: w.paused }));
  const weekOf = (w: WeekProgress) => `Week of ${shortDay(w.start, zone)}`;
  const anyPaused = weeks.some((w) => w.paused);
  const pausedLegend: LegendItem[] = anyPaused ? [{ name: "Paused", className: "fill-surface-2", shape: "shaded" }] : [];
  const kept = keptSummary(weeks);
  const commitments = commitmentsSummary(weeks, partnerName);
  const feelingsText = feelingsSummary(feelings, partnerName);

  const lines: FeelingLine[] = [
    { name: "Your mood", points: feelings.you.map((p) => ({ at: p.at, value: p.mood })), className: primary, dashed: false },
    { name: "Your energy", points: feelings.you.map((p) => ({ at: p.at, value: p.energy })), className: secondary, dashed: false },
    { name: `${partnerName}'s mood`, points: feelings.partner.map((p) => ({ at: p.at, value: p.mood })), className: primary, dashed: true },
    { name: `${partnerName}'s energy`, points: feelings.partner.map((p) => ({ at: p.at, value: p.energy })), className: secondary, dashed: true },
  ].filter((line) => line.points.length > 0);
  const rated = [...feelings.you.map((p) => ({ who: "You", p })), ...feelings.partner.map((p) => ({ who: partnerName, p }))].sort(
    (a, b) => a.p.at.getTime() - b.p.at.getTime(),
  );
  const first = weeks[0];
  const last = weeks[weeks.length - 1];

  return (
    <>
      <ChartSection
        id="kept"
        title="Check-ins each week"
        summary={kept}
        chart={<WeeklyBars label={`Check-ins each week. ${kept}`} weeks={columns} series={[{ name: "Check-ins", values: weeks.map((w) => w.kept), className: "fill-primary" }]} />}
        legend={anyPaused ? <Legend items={[{ name: "Check-ins", className: "fill-primary", shape: "bar" }, ...pausedLegend]} /> : null}
        table={
          <table className={tableClass}>
            <caption className="sr-only">Check-ins each week</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Check-ins</th>
                <th scope="col">Planned</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.start.toISOString()}>
                  <th scope="row" className="font-normal">
                    {weekOf(w)}
                  </th>
                  <td>{w.kept}</td>
                  <td>{w.paused ? `${w.planned} (paused)` : w.planned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartSection
        id="feelings"
        title="Mood and energy"
        summary={feelingsText}
        chart={
          first && last ? (
            <FeelingsLines
              label={`Mood and energy from 1 to 5. ${feelingsText}`}
              from={first.start}
              to={last.end}
              ticks={weeks.flatMap((w, i) => (labelledWeek(i, weeks.length) ? [{ at: w.start, label: shortDay(w.start, zone) }] : []))}
              lines={lines}
            />
          ) : null
        }
        legend={<Legend items={lines.map((line) => ({ name: line.name, className: line.className, shape: line.dashed ? "dashed" : "solid" }))} />}
        table={
          <table className={tableClass}>
            <caption className="sr-only">Mood and energy at each check-in, from 1 to 5</caption>
            <thead>
              <tr>
                <th scope="col">Check-in</th>
                <th scope="col">Who</th>
                <th scope="col">Mood</th>
                <th scope="col">Energy</th>
              </tr>
            </thead>
            <tbody>
              {rated.map(({ who, p }) => (
                <tr key={`${who}-${p.at.toISOString()}`}>
                  <th scope="row" className="font-normal">
                    <time dateTime={p.at.toISOString()}>{shortDay(p.at, zone)}</time>
                  </th>
                  <td>{who}</td>
                  <td>{p.mood}</td>
                  <td>{p.energy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartSection
        id="commitments"
        title="Commitments done"
        summary={commitments}
        chart={
          <WeeklyBars
            label={`Commitments done each week. ${commitments}`}
            weeks={columns}
            series={[
              { name: "You", values: weeks.map((w) => w.commitmentsDone.you), className: "fill-primary" },
              { name: partnerName, values: weeks.map((w) => w.commitmentsDone.partner), className: "fill-muted" },
            ]}
          />
        }
        legend={
          <Legend
            items={[
              { name: "You", className: "fill-primary", shape: "bar" },
              { name: partnerName, className: "fill-muted", shape: "bar" },
              ...pausedLegend,
            ]}
          />
        }
        table={
          <table className={tableClass}>
            <caption className="sr-only">Commitments done each week</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">You</th>
                <th scope="col">{partnerName}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.start.toISOString()}>
                  <th scope="row" className="font-normal">
                    {weekOf(w)}
                  </th>
                  <td>{w.commitmentsDone.you}</td>
                  <td>{w.commitmentsDone.partner}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}
