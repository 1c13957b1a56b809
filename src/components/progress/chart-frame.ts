/**
 * The shared geometry of the progress charts. They scale with their box (viewBox, width 100%), so
 * the drawing is sized for a phone: at 375 px the 12 px labels still read at about 10 px.
 */
import { zoneFormat } from "@/shared/time/date-format";

export const frame = { width: 400, height: 220, margin: { top: 12, right: 12, bottom: 32, left: 32 } } as const;

export const plot = {
  width: frame.width - frame.margin.left - frame.margin.right,
  height: frame.height - frame.margin.top - frame.margin.bottom,
} as const;

export const tickLabel = { fontSize: 12, className: "fill-muted" } as const;

/** "12 May" in the viewer's zone (UTC if the zone is unknown). */
export function shortDay(date: Date, zone: string): string {
  return zoneFormat(zone, { day: "numeric", month: "short" }).format(date);
}

/** Every third week is labelled on the axis, ending with this week: twelve labels don't fit a phone. */
export const labelledWeek = (index: number, count: number) => (count - 1 - index) % 3 === 0;
