import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear, scaleTime } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { frame, plot, tickLabel } from "./chart-frame";

export type FeelingLine = {
  name: string;
  points: readonly { at: Date; value: number }[];
  /** A stroke and fill class from the theme (e.g. "stroke-primary fill-primary"). */
  className: string;
  /** The partner's lines are dashed and their points square, so lines differ in shape, not colour alone. */
  dashed: boolean;
};

type Props = { label: string; from: Date; to: Date; ticks: readonly { at: Date; label: string }[]; lines: readonly FeelingLine[] };

/** Ratings from 1 to 5 over time, one line per series, with a mark at every rating. */
export function FeelingsLines({ label, from, to, ticks, lines }: Props) {
  const x = scaleTime<number>({ domain: [from, to], range: [0, plot.width] });
  const y = scaleLinear<number>({ domain: [1, 5], range: [plot.height, 0] });
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${frame.width} ${frame.height}`} width="100%" className="h-auto max-w-xl">
      <Group left={frame.margin.left} top={frame.margin.top}>
        {lines.map((line) => (
          <g key={line.name} className={line.className} data-series={line.name}>
            <LinePath
              data={[...line.points]}
              x={(p) => x(p.at)}
              y={(p) => y(p.value)}
              fill="none"
              strokeWidth={2}
              strokeDasharray={line.dashed ? "6 4" : undefined}
              className="fill-none"
            />
            {line.points.map((p) =>
              line.dashed ? (
                <rect key={p.at.getTime()} x={x(p.at) - 3.5} y={y(p.value) - 3.5} width={7} height={7} stroke="none" />
              ) : (
                <circle key={p.at.getTime()} cx={x(p.at)} cy={y(p.value)} r={3.5} stroke="none" />
              ),
            )}
          </g>
        ))}
        <AxisLeft
          scale={y}
          tickValues={[1, 2, 3, 4, 5]}
          stroke="currentColor"
          tickStroke="currentColor"
          axisClassName="text-line-strong"
          tickLabelProps={() => ({ ...tickLabel, textAnchor: "end", dx: -4, dy: 4 })}
        />
        <AxisBottom
          top={plot.height}
          scale={x}
          tickValues={ticks.map((t) => t.at)}
          tickFormat={(value) => ticks.find((t) => t.at.getTime() === (value instanceof Date ? value.getTime() : Number(value)))?.label ?? ""}
          stroke="currentColor"
          tickStroke="currentColor"
          axisClassName="text-line-strong"
          tickLabelProps={() => ({ ...tickLabel, textAnchor: "middle" })}
        />
      </Group>
    </svg>
  );
}
