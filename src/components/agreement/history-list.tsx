import { Card } from "@/components/ui/card";
import type { HistoryAuthor, HistoryEntry } from "@/server/agreements/history-read";
import { dayTimeWords } from "@/components/requests/dates";
import { Added, HistoryDiff, Removed } from "./history-diff";

type Props = { entries: HistoryEntry[]; more: boolean; partnerName: string; timezone: string; now: Date };

function authorWords(author: HistoryAuthor): string {
  switch (author.kind) {
    case "you":
      return "You";
    case "partner":
      return author.name;
    case "former":
      return "Someone no longer in this partnership";
    case "prefill":
      return "Prefilled from your questionnaires";
  }
}

function When({ date, timezone, now }: { date: Date; timezone: string; now: Date }) {
  return <time dateTime={date.toISOString()}>{dayTimeWords(date, timezone, now)}</time>;
}

function Change({ entry }: { entry: HistoryEntry }) {
  const { change } = entry;
  if (change.kind === "text") return <HistoryDiff segments={change.segments} />;
  return (
    <p className="mt-3 break-words">
      {change.label}: <Removed>{change.before}</Removed> <span aria-hidden="true">→</span> <Added>{change.after}</Added>
    </p>
  );
}

/** What the draft started as, folded away: the text and values the questionnaires gave. */
function Prefill({ entries, timezone, now }: { entries: HistoryEntry[]; timezone: string; now: Date }) {
  const first = entries.at(-1);
  if (!first) return null;
  return (
    <Card as="li" tone="soft">
      <h2 className="text-base font-semibold">We started this draft from your questionnaires</h2>
      <p className="mt-1 text-sm text-muted">
        <When date={first.startedAt} timezone={timezone} now={now} />
      </p>
      <details className="mt-3">
        <summary className="cursor-pointer rounded-sm font-medium text-primary-text underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-focus">
          See what it started with
        </summary>
        <dl className="mt-3 space-y-3">
          {[...entries].reverse().map((entry) => (
            <div key={entry.id}>
              <dt className="font-medium">{entry.change.kind === "field" ? `${entry.sectionLabel}: ${entry.change.label}` : entry.sectionLabel}</dt>
              <dd className="break-words whitespace-pre-wrap text-muted">
                {entry.change.kind === "field" ? entry.change.after : entry.change.segments.map((s) => (s.kind === "removed" ? "" : s.text)).join("")}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </Card>
  );
}

/** The agreement's changes, newest first: who, where, when and what, then where it started. */
export function HistoryList({ entries, more, partnerName, timezone, now }: Props) {
  const changes = entries.filter((e) => e.author.kind !== "prefill");
  const prefill = entries.filter((e) => e.author.kind === "prefill");
  return (
    <>
      {changes.length === 0 ? (
        <p className="mt-8 rounded-2xl bg-surface-2 p-5">
          No changes yet. When you or {partnerName} change the agreement, each change shows up here: who made it, when, and which words changed.
        </p>
      ) : null}
      {changes.length > 0 || prefill.length > 0 ? (
        <ol className="mt-8 space-y-4" aria-label="Changes, newest first">
          {changes.map((entry) => (
            <Card as="li" key={entry.id}>
              <h2 className="text-base font-semibold break-words">{entry.sectionLabel}</h2>
              <p className="mt-1 text-sm text-muted">
                {authorWords(entry.author)} · <When date={entry.endedAt} timezone={timezone} now={now} />
              </p>
              <Change entry={entry} />
            </Card>
          ))}
          {more ? null : <Prefill entries={prefill} timezone={timezone} now={now} />}
        </ol>
      ) : null}
      {more ? <p className="mt-6 text-sm text-muted">Showing the latest {entries.length} changes.</p> : null}
    </>
  );
}
