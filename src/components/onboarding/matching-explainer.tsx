/** Who sees what when someone is open to matching; shared by the review page, dashboard and settings. */
export function MatchingExplainer({ id, wording = "choice" }: { id?: string; wording?: "choice" | "switch" }) {
  return (
    <div id={id} className="space-y-2 text-muted">
      <p>
        {wording === "choice" ? "If you say yes" : "While this is on"}, we&apos;ll suggest you to people whose answers fit yours, and
        suggest them to you. They&apos;ll see your display name, intro, focus areas, languages, your local time and the values you
        share. Never your email.
      </p>
      <p>Nobody is matched with you unless you both say yes. You can change this at any time.</p>
    </div>
  );
}
