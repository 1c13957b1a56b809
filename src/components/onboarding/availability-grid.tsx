"use client";

import { Check, ChevronDown, Plus } from "lucide-react";
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type Ref,
} from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { availabilityPresets, describeLocalSlots, slotIndex, slotLabel } from "@/shared/time/availability-summary";
import {
  DAY_COUNT,
  EARLY_ROWS,
  HALF_HOURS,
  SLOT_COUNT,
  applySlots,
  clamp,
  dayOf,
  describeDuration,
  fromMask,
  halfHourOf,
  inRect,
  isEarly,
  paintRect,
  sameSlots,
  toMask,
} from "./availability-grid-model";
import { AvailabilityRangeForm, type RangeAction } from "./availability-range-form";

export type AvailabilityGridProps = {
  /** Selected local slot indices (0–335): day * 48 + halfHour, Monday first. */
  value: number[];
  /** Called with sorted, unique slot indices. */
  onChange: (slots: number[]) => void;
  /** The member's IANA timezone, shown in the caption. */
  timezone: string;
  /** Goes on the grid. Focusing it (e.g. from an error summary link) moves focus into the grid. */
  id?: string;
  /** Extra descriptions for the grid, e.g. the id of a field error. */
  "aria-describedby"?: string;
  /**
   * Shows the grid as needing attention (a danger-coloured border). ARIA 1.2 has no aria-invalid on
   * role="grid", so the error itself must be announced through `aria-describedby`.
   */
  invalid?: boolean;
  /**
   * The grid element: calling `.focus()` on it moves focus to
   * the grid's active cell.
   */
  ref?: Ref<HTMLDivElement>;
  /** The grid's visible label. */
  label?: string;
  className?: string;
};

/* ---------------------------------------------------------------------------------------------- */
/* Labels, computed once from the shared helpers.                                                  */

type Labels = { cell: string[]; time: string[]; dayLong: string[]; dayShort: string[] };
let labelCache: Labels | null = null;

function labels(): Labels {
  if (labelCache) return labelCache;
  const cell: string[] = [];
  for (let i = 0; i < SLOT_COUNT; i++) {
    const l = slotLabel(i);
    cell.push(`${l.day} ${l.start} to ${l.end}`);
  }
  const days = Array.from({ length: DAY_COUNT }, (_, d) => slotLabel(slotIndex(d, 0)));
  labelCache = {
    cell,
    time: Array.from({ length: HALF_HOURS }, (_, h) => slotLabel(slotIndex(0, h)).start),
    dayLong: days.map((l) => l.day),
    dayShort: days.map((l) => l.dayShort),
  };
  return labelCache;
}

/* ---------------------------------------------------------------------------------------------- */
/* One cell. Memoised: a cell re-renders only when its own selected/tabbable state changes.        */

const columns = "grid grid-cols-[2.75rem_repeat(7,minmax(0,1fr))] sm:grid-cols-[3.5rem_repeat(7,minmax(0,1fr))]";

const cellClass = cn(
  "group relative flex h-7 min-w-0 cursor-pointer items-center justify-center border-l border-line bg-surface text-primary-fg",
  // A finger on the grid scrolls and zooms the page; only a tap chooses a time (see onPointerDown).
  "touch-manipulation motion-safe:transition-colors motion-safe:duration-100",
  "not-aria-selected:hover:bg-primary-soft aria-selected:bg-primary aria-selected:hover:bg-primary-hover",
  // Drag preview (set straight on the DOM while painting, cleared on commit) wins over the committed look.
  "data-[preview=on]:bg-primary! data-[preview=off]:bg-surface!",
  // A two-tone ring, visible next to chosen and unchosen neighbours alike; the transparent outline
  // becomes a real one in forced-colours mode, where box shadows are dropped.
  "focus-visible:z-10 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-transparent",
  "focus-visible:shadow-[0_0_0_2px_var(--surface),0_0_0_5px_var(--focus)]",
  "forced-colors:aria-selected:bg-[Highlight] forced-colors:aria-selected:text-[HighlightText]",
);

const checkClass = cn(
  "pointer-events-none size-4 invisible group-aria-selected:visible",
  "group-data-[preview=on]:visible! group-data-[preview=off]:invisible!",
);

type CellProps = { slot: number; label: string; selected: boolean; tabbable: boolean };

const GridCell = memo(function GridCell({ slot, label, selected, tabbable }: CellProps) {
  return (
    <div role="gridcell" data-slot={slot} aria-label={label} aria-selected={selected} tabIndex={tabbable ? 0 : -1} className={cellClass}>
      {/* The check is the non-colour cue for "chosen". */}
      <Check aria-hidden="true" strokeWidth={3} className={checkClass} />
    </div>
  );
});

/* ---------------------------------------------------------------------------------------------- */

/** The rectangle being painted: from `start` to `current`, every cell set to `on`, over `base`. */
type Drag = {
  pointerId: number;
  start: number;
  current: number;
  on: boolean;
  base: Uint8Array;
  /** What the grid shows (the committed value) — the preview only marks cells that differ. */
  shown: Uint8Array;
  cells: { el: HTMLElement; slot: number }[];
};

/** Where Shift+Arrow (or Shift+click) extends from, and the selection it paints over. */
type Anchor = { start: number; on: boolean; base: Uint8Array; committed: number[] };

function slotFromTarget(grid: HTMLElement | null, target: EventTarget | null): number | null {
  if (!grid || !(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>("[data-slot]");
  if (!el || !grid.contains(el)) return null;
  const slot = Number(el.dataset.slot);
  return Number.isInteger(slot) ? slot : null;
}

function paintPreview(drag: Drag) {
  for (const { el, slot } of drag.cells) {
    const want = inRect(drag.start, drag.current, slot) ? drag.on : drag.base[slot] === 1;
    if (want === (drag.shown[slot] === 1)) {
      if (el.dataset.preview) delete el.dataset.preview;
    } else {
      el.dataset.preview = want ? "on" : "off";
    }
  }
}

function clearPreview(drag: Drag) {
  for (const { el } of drag.cells) if (el.dataset.preview) delete el.dataset.preview;
}

/**
 * A week of 30-minute slots (Monday–Sunday columns, times as rows) for choosing when someone is
 * usually free. Works by tap, click, mouse drag, keyboard (ARIA grid with a roving tab stop) and,
 * without any dragging, presets and an "Add a time range" form, the quick way on a phone.
 */
export function AvailabilityGrid({
  value,
  onChange,
  timezone,
  id,
  "aria-describedby": describedBy,
  invalid,
  label = "Times that usually work for you",
  className,
  ref,
}: AvailabilityGridProps) {
  const uid = useId();
  const gridId = id ?? `${uid}-grid`;
  const ids = {
    label: `${uid}-label`,
    caption: `${uid}-caption`,
    help: `${uid}-help`,
    presets: `${uid}-presets`,
    confirm: `${uid}-confirm`,
  };

  const mask = useMemo(() => toMask(value), [value]);
  const summary = useMemo(() => describeLocalSlots(fromMask(mask)), [mask]);
  const text = labels();

  const [showEarly, setShowEarly] = useState(() => value.some(isEarly));
  const firstRow = showEarly ? 0 : EARLY_ROWS;
  const [active, setActive] = useState(() => value.find((s) => !isEarly(s)) ?? slotIndex(0, EARLY_ROWS));
  // Never leave the tab stop on a hidden row.
  const activeSlot = halfHourOf(active) < firstRow ? slotIndex(dayOf(active), firstRow) : active;

  const [confirmingClear, setConfirmingClear] = useState(false);
  const [presetNote, setPresetNote] = useState("");

  const gridRef = useRef<HTMLDivElement>(null);
  const setGridRef = useCallback(
    (el: HTMLDivElement | null) => {
      gridRef.current = el;
      if (typeof ref === "function") return ref(el);
      if (ref) ref.current = el;
    },
    [ref],
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  const clearButtonRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const dragRef = useRef<Drag | null>(null);
  const anchorRef = useRef<Anchor | null>(null);
  const lastPointerCommit = useRef(-Infinity);

  const showConfirm = confirmingClear && value.length > 0;
  useEffect(() => {
    if (showConfirm) confirmRef.current?.focus();
  }, [showConfirm]);

  const hiddenEarly = showEarly ? 0 : value.filter(isEarly).length;
  const rows = useMemo(() => Array.from({ length: HALF_HOURS - firstRow }, (_, i) => firstRow + i), [firstRow]);

  /* --- selection changes ----------------------------------------------------------------------- */

  function commit(next: Uint8Array): number[] {
    const slots = fromMask(next);
    onChange(slots);
    return slots;
  }

  /** The anchor, if the value is still the one it produced (anything else starts afresh). */
  function currentAnchor(): Anchor | null {
    const anchor = anchorRef.current;
    return anchor && sameSlots(anchor.committed, value) ? anchor : null;
  }

  function toggle(slot: number) {
    const on = mask[slot] !== 1;
    const next = paintRect(mask, slot, slot, on);
    anchorRef.current = { start: slot, on, base: mask, committed: commit(next) };
  }

  /** Shift+Arrow: paint the rectangle from the anchor (or from `from`, toggled) to `to`. */
  function extend(from: number, to: number) {
    const anchor = currentAnchor() ?? { start: from, on: mask[from] !== 1, base: mask, committed: [] };
    const next = paintRect(anchor.base, anchor.start, to, anchor.on);
    anchorRef.current = { ...anchor, committed: commit(next) };
  }

  function applyMany(slots: readonly number[], action: RangeAction): number {
    const { mask: next, changed } = applySlots(mask, slots, action === "add");
    anchorRef.current = null;
    if (changed > 0) commit(next);
    if (action === "add" && changed > 0 && !showEarly && slots.some(isEarly)) setShowEarly(true);
    return changed;
  }

  function addPreset(preset: { label: string; slots: number[] }) {
    const changed = applyMany(preset.slots, "add");
    setPresetNote(changed > 0 ? "" : `${preset.label} were already chosen.`);
  }

  function clearAll() {
    anchorRef.current = null;
    setConfirmingClear(false);
    onChange([]);
    summaryRef.current?.focus();
  }

  /* --- focus ------------------------------------------------------------------------------------ */

  function focusCell(slot: number, preventScroll = false) {
    setActive(slot);
    gridRef.current?.querySelector<HTMLElement>(`[data-slot="${slot}"]`)?.focus({ preventScroll });
  }

  function onGridFocus(event: FocusEvent<HTMLDivElement>) {
    // The grid itself is focusable only so `#id` links and `.focus()` land somewhere; pass it on.
    if (event.target === event.currentTarget) focusCell(activeSlot);
  }

  /* --- mouse: click toggles, drag paints a rectangle, previewed on the DOM, committed on release -- */

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    // A finger or pen moving over the grid is scrolling the page, which is most of the page on a
    // phone: leave it to the browser. A tap still toggles one time, through onClick.
    if (event.pointerType !== "mouse" || event.button !== 0) return;
    const grid = gridRef.current;
    if (!grid) return;
    // No text selection and no focus jump (not even from the headers); cells take focus below.
    event.preventDefault();
    const slot = slotFromTarget(grid, event.target);
    if (slot === null || dragRef.current) return;

    const anchor = event.shiftKey ? currentAnchor() : null;
    const drag: Drag = {
      pointerId: event.pointerId,
      start: anchor?.start ?? slot,
      current: slot,
      on: anchor ? anchor.on : mask[slot] !== 1,
      base: anchor?.base ?? mask,
      shown: mask,
      cells: Array.from(grid.querySelectorAll<HTMLElement>("[data-slot]"), (el) => ({ el, slot: Number(el.dataset.slot) })),
    };
    dragRef.current = drag;
    grid.setPointerCapture(event.pointerId);
    paintPreview(drag);
    focusCell(slot, true);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const drag = dragRef.current;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const slot = slotFromTarget(gridRef.current, document.elementFromPoint(event.clientX, event.clientY));
    if (slot === null || slot === drag.current) return;
    drag.current = slot;
    paintPreview(drag);
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const drag = dragRef.current;
    if (!drag || event.pointerId !== drag.pointerId) return;
    dragRef.current = null;
    clearPreview(drag);
    lastPointerCommit.current = performance.now();
    const next = paintRect(drag.base, drag.start, drag.current, drag.on);
    anchorRef.current = { start: drag.start, on: drag.on, base: drag.base, committed: commit(next) };
    if (drag.current !== activeSlot) focusCell(drag.current, true);
  }

  function cancelDrag() {
    const drag = dragRef.current;
    if (!drag) return;
    dragRef.current = null;
    clearPreview(drag);
    if (gridRef.current?.hasPointerCapture(drag.pointerId)) gridRef.current.releasePointerCapture(drag.pointerId);
  }

  /** Taps, and clicks that come without a mouse drag (screen readers' "activate"), toggle. */
  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (performance.now() - lastPointerCommit.current < 500) return;
    const slot = slotFromTarget(gridRef.current, event.target);
    if (slot === null) return;
    toggle(slot);
    focusCell(slot);
  }

  /* --- keyboard --------------------------------------------------------------------------------- */

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape" && dragRef.current) {
      event.preventDefault();
      cancelDrag();
      return;
    }
    const slot = slotFromTarget(gridRef.current, event.target);
    if (slot === null || event.altKey) return;

    if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      if (!event.repeat) toggle(slot);
      return;
    }

    const day = dayOf(slot);
    const half = halfHourOf(slot);
    const toCorner = event.ctrlKey || event.metaKey;
    let nextDay = day;
    let nextHalf = half;
    switch (event.key) {
      case "ArrowUp":
        nextHalf = half - 1;
        break;
      case "ArrowDown":
        nextHalf = half + 1;
        break;
      case "ArrowLeft":
        nextDay = day - 1;
        break;
      case "ArrowRight":
        nextDay = day + 1;
        break;
      case "Home":
        nextHalf = firstRow;
        if (toCorner) nextDay = 0;
        break;
      case "End":
        nextHalf = HALF_HOURS - 1;
        if (toCorner) nextDay = DAY_COUNT - 1;
        break;
      case "PageUp":
        nextHalf = half - 4;
        break;
      case "PageDown":
        nextHalf = half + 4;
        break;
      default:
        return;
    }
    event.preventDefault();
    const target = slotIndex(clamp(nextDay, 0, DAY_COUNT - 1), clamp(nextHalf, firstRow, HALF_HOURS - 1));
    if (event.shiftKey) extend(slot, target);
    else anchorRef.current = null;
    if (target !== slot) focusCell(target);
  }

  /* --- render ----------------------------------------------------------------------------------- */

  return (
    <div className={cn("min-w-0 space-y-5", className)}>
      <div className="space-y-1">
        <p id={ids.label} className="font-semibold text-fg">
          {label}
        </p>
        <p id={ids.caption} className="text-sm text-muted">
          Times are in your timezone ({timezone}).
        </p>
        <p id={ids.help} className="text-sm text-muted">
          Tap or click the times that usually work for you, or drag across them with a mouse. With a keyboard: arrow keys move,
          Space chooses a time, and Shift with an arrow key chooses several.
        </p>
      </div>

      <div role="group" aria-labelledby={ids.presets} className="space-y-2">
        <p id={ids.presets} className="text-sm font-medium text-fg">
          Quick add
        </p>
        <div className="flex flex-wrap gap-2">
          {availabilityPresets.map((preset) => (
            <Button key={preset.id} variant="secondary" size="sm" className="px-3" onClick={() => addPreset(preset)}>
              <Plus aria-hidden="true" />
              {preset.label}
            </Button>
          ))}
        </div>
        <p aria-live="polite" className="text-sm text-muted">
          {presetNote}
        </p>
      </div>

      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Button
            variant="quiet"
            size="sm"
            className="-ml-3 px-3"
            aria-expanded={showEarly}
            aria-controls={gridId}
            onClick={() => {
              anchorRef.current = null;
              setShowEarly((shown) => !shown);
            }}
          >
            <ChevronDown aria-hidden="true" className={cn("motion-safe:transition-transform", showEarly && "rotate-180")} />
            {showEarly ? "Hide" : "Show"} early hours (00:00–06:00)
          </Button>
          {hiddenEarly > 0 ? (
            <p className="text-sm text-muted">You&apos;ve chosen some early hours too; they&apos;re in the summary below.</p>
          ) : null}
        </div>

        <div
          ref={setGridRef}
          id={gridId}
          role="grid"
          tabIndex={-1}
          aria-labelledby={ids.label}
          aria-describedby={[ids.caption, ids.help, describedBy].filter(Boolean).join(" ")}
          aria-multiselectable="true"
          className={cn(
            "select-none border bg-surface [-webkit-touch-callout:none] focus:outline-none",
            invalid ? "border-danger ring-1 ring-danger" : "border-line-strong",
          )}
          onFocus={onGridFocus}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={cancelDrag}
          onLostPointerCapture={cancelDrag}
          onContextMenu={(event) => {
            if (dragRef.current) event.preventDefault();
          }}
        >
          <div role="rowgroup">
            <div role="row" className={cn(columns, "border-b border-line-strong bg-background")}>
              <div role="columnheader" className="min-w-0">
                <span className="sr-only">Time</span>
              </div>
              {text.dayShort.map((short, day) => (
                <div
                  key={short}
                  role="columnheader"
                  className="min-w-0 border-l border-line py-2 text-center text-xs font-semibold text-fg sm:text-sm"
                >
                  <span aria-hidden="true">{short}</span>
                  <span className="sr-only">{text.dayLong[day]}</span>
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup">
            {rows.map((half) => (
              <div
                key={half}
                role="row"
                className={cn(
                  columns,
                  half < HALF_HOURS - 1 && (half === EARLY_ROWS - 1 && showEarly ? "border-b-2" : "border-b"),
                  half % 2 === 1 ? "border-line-strong" : "border-line",
                )}
              >
                <div
                  role="rowheader"
                  className="min-w-0 pr-1.5 pt-0.5 text-right text-xs leading-tight tabular-nums text-muted sm:pr-2 sm:text-sm"
                >
                  {half % 2 === 0 ? text.time[half] : <span className="sr-only">{text.time[half]}</span>}
                </div>
                {Array.from({ length: DAY_COUNT }, (_, day) => {
                  const slot = slotIndex(day, half);
                  return (
                    <GridCell
                      key={day}
                      slot={slot}
                      label={text.cell[slot] ?? ""}
                      selected={mask[slot] === 1}
                      tabbable={slot === activeSlot}
                    />
                  );
                })}
              </div>
            ))}
          </div>
        </div>
      </div>

      <div ref={summaryRef} tabIndex={-1} className="space-y-3 rounded-xl bg-surface-2 p-4">
        <div aria-live="polite" aria-atomic="true">
          {summary.length > 0 ? (
            <p>
              <span className="font-semibold">You&apos;re available:</span> {summary.join("; ")}
            </p>
          ) : (
            <p className="text-muted">No times chosen yet. Pick a preset or tap the times that usually work for you.</p>
          )}
        </div>
        {value.length > 0 ? (
          <div className="space-y-3">
            <Button
              ref={clearButtonRef}
              variant="quiet"
              size="sm"
              className="-ml-3 px-3"
              aria-expanded={showConfirm}
              onClick={() => setConfirmingClear(true)}
            >
              Clear all
            </Button>
            {showConfirm ? (
              <div role="group" aria-labelledby={ids.confirm} className="space-y-3 rounded-xl border border-line-strong bg-surface p-4">
                <p id={ids.confirm} ref={confirmRef} tabIndex={-1}>
                  Clear all {describeDuration(value.length)} you&apos;ve chosen? You can choose times again afterwards.
                </p>
                <div className="flex flex-wrap gap-3">
                  <Button variant="danger" size="sm" onClick={clearAll}>
                    Yes, clear all
                  </Button>
                  <Button
                    variant="quiet"
                    size="sm"
                    onClick={() => {
                      setConfirmingClear(false);
                      clearButtonRef.current?.focus();
                    }}
                  >
                    Keep my times
                  </Button>
                </div>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>

      <AvailabilityRangeForm onApply={applyMany} />
    </div>
  );
}
