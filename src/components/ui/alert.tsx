import { CircleCheck, Info, OctagonAlert, TriangleAlert, type LucideIcon } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "attention" | "danger";

const tones: Record<AlertTone, { icon: LucideIcon; label: string; box: string; iconClass: string }> = {
  info: { icon: Info, label: "Note", box: "bg-primary-soft border-primary", iconClass: "text-primary-text" },
  success: { icon: CircleCheck, label: "Done", box: "bg-primary-soft border-primary", iconClass: "text-primary-text" },
  attention: { icon: TriangleAlert, label: "Please note", box: "bg-attention-soft border-attention", iconClass: "text-attention" },
  danger: { icon: OctagonAlert, label: "Important", box: "bg-danger-soft border-danger", iconClass: "text-danger" },
};

const box = "flex gap-3 rounded-xl border-l-4 p-4 text-fg";

/** Every look of the box, for the check that callers' classes never fight them (class-conflicts.test.ts). */
export const alertBoxClasses = Object.values(tones).map((tone) => `${box} ${tone.box}`);

export type AlertProps = Omit<ComponentProps<"div">, "title"> & {
  tone?: AlertTone;
  /** A short heading in words, e.g. "Check-ins are paused". */
  title?: ReactNode;
  /** Heading level for the title; defaults to a bold paragraph so it never disturbs the page outline. */
  titleAs?: "p" | "h2" | "h3";
  /**
   * Defaults to `status` (announced politely) for info, success and attention, and `alert`
   * (announced at once) for danger. Use `"note"` or `"none"` for static page content that
   * should not be announced as a live update.
   */
  role?: "status" | "alert" | "note" | "none";
};

/**
 * A message box. Status is given in words (title, or a visually hidden label) and an icon, with
 * colour only as a third cue.
 */
export function Alert({ tone = "info", title, titleAs: Title = "p", role, className, children, ...props }: AlertProps) {
  const t = tones[tone];
  const Icon = t.icon;
  const resolvedRole = role ?? (tone === "danger" ? "alert" : "status");

  return (
    <div
      role={resolvedRole === "none" ? undefined : resolvedRole}
      className={cn(box, t.box, className)}
      {...props}
    >
      <Icon aria-hidden="true" className={cn("mt-0.5 size-5 shrink-0", t.iconClass)} />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? (
          <Title className="font-semibold">{title}</Title>
        ) : (
          <span className="sr-only">{t.label}: </span>
        )}
        <div className="space-y-2 [&_a]:font-medium [&_a]:underline">{children}</div>
      </div>
    </div>
  );
}
