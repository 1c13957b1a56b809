import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { frame, labelledWeek, plot, tickLabel } from "./chart-frame";

export type BarSeries = { name: string; values: readonly number[]; className: string };
export type WeekColumn = { label: string; paused: boolean };

type Props = { label: string; weeks: readonly WeekColumn[]; series: readonly BarSeries[] };

/**
 * Bars per week, one per series side by side, drawn on the server as plain SVG. Paused weeks get
 * a shaded column behind them; the table and summary say so in words.
 */
export function WeeklyBars({ label, weeks, series }: Props) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = scaleBand<number>({ domain: weeks.map((_, i) => i), range: [0, plot.width], padding: 0.25 });
  const inner = scaleBand<number>({ domain: series.map((_, i) => i), range: [0, x.bandwidth()], padding: 0.1 });
  const y = scaleLinear<number>({ domain: [0, max], range: [plot.height, 0], nice: true });
  const step = x.step();
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${frame.width} ${frame.height}`} width="100%" className="h-auto max-w-xl">
      <Group left={frame.margin.left} top={frame.margin.top}>
        {weeks.map((week, i) =>
          week.paused ? (
            <g key={`paused-${i}`} data-paused="">
              <Bar x={(x(i) ?? 0) - (step - x.bandwidth()) / 2} y={0} width={step} height={plot.height} className="fill-surface-2" />
              <text transform={`translate(${(x(i) ?? 0) + x.bandwidth() / 2 + 4}, 8) rotate(90)`} fontSize={11} className="fill-muted">
                Paused
              </text>
            </g>
          ) : null,
        )}
        {series.map((s, si) =>
          s.values.map((value, i) => {
            if (value <= 0) return null;
            const top = y(value);
            return <Bar key={`${si}-${i}`} x={(x(i) ?? 0) + (inner(si) ?? 0)} y={top} width={inner.bandwidth()} height={plot.height - top} rx={2} className={s.className} />;
          }),
        )}
        <AxisLeft
          scale={y}
          numTicks={Math.min(max, 4)}
          tickFormat={(v) => (Number.isInteger(Number(v)) ? String(v) : "")}
          stroke="currentColor"
          tickStroke="currentColor"
          axisClassName="text-line-strong"
          tickLabelProps={() => ({ ...tickLabel, textAnchor: "end", dx: -4, dy: 4 })}
        />
        <AxisBottom
          top={plot.height}
          scale={x}
          tickValues={weeks.map((_, i) => i).filter((i) => labelledWeek(i, weeks.length))}
          tickFormat={(i) => weeks[Number(i)]?.label ?? ""}
          stroke="currentColor"
          tickStroke="currentColor"
          axisClassName="text-line-strong"
          tickLabelProps={() => ({ ...tickLabel, textAnchor: "middle" })}
        />
      </Group>
    </svg>
  );
}
