import { Check, CloudOff, RefreshCw, TriangleAlert } from "lucide-react";
import type { SyncStatus } from "./use-agreement-sync";

const words = {
  saved: { icon: Check, text: "Saved" },
  syncing: { icon: RefreshCw, text: "Syncing…" },
  offline: { icon: CloudOff, text: "Offline — your changes will sync" },
} as const;

/** Where the member's edits are, said politely to screen readers as it changes. */
export function SyncStatusLine({ status }: { status: SyncStatus }) {
  const { icon: Icon, text } = status.state === "refused" ? { icon: TriangleAlert, text: status.message } : words[status.state];
  return (
    <p role="status" aria-live="polite" className="sticky top-2 z-10 flex items-center gap-2 rounded-xl border border-line bg-surface-2 px-3.5 py-2 text-sm font-medium shadow-sm" data-sync={status.state}>
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      <span>{text}</span>
    </p>
  );
}
