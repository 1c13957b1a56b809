import { SharedAnswerList, sharedNothing } from "@/components/check-ins/shared-answer-list";
import type { RouterOutputs } from "@/trpc/outputs";
import { enumWords, momentWords } from "./words";

type Context = RouterOutputs["moderation"]["report"]["context"];
type SharedAnswers = Extract<Context, { kind: "CHECK_IN_ANSWER" }>["shared"];

/** Member text, kept as written: line breaks shown, nothing interpreted. */
function Quoted({ text }: { text: string }) {
  return <blockquote className="mt-2 border-l-4 border-line-strong pl-4 whitespace-pre-wrap break-words">{text}</blockquote>;
}

/** What the reported member shared in one check-in; what they kept private never reaches this page. */
function SharedCheckIn({ shared, reportedName }: { shared: SharedAnswers; reportedName: string }) {
  if (sharedNothing(shared)) return <p className="mt-2">{reportedName} answered but kept all of it private, so there is nothing to show.</p>;
  return (
    <div className="mt-3">
      <SharedAnswerList shared={shared} text={(text) => <Quoted text={text} />} commitmentsLabel="Commitments they said they kept" />
    </div>
  );
}

/** What the report is about, and nothing more of the members' data. */
export function SubjectView({ context, reportedName }: { context: Context; reportedName: string }) {
  switch (context.kind) {
    case "PROFILE":
      return (
        <div className="space-y-3">
          <p>Pronouns: {context.pronouns ?? "none given"}</p>
          {context.intro ? (
            <div>
              <p className="font-medium">Their introduction</p>
              <Quoted text={context.intro} />
            </div>
          ) : (
            <p>No introduction written.</p>
          )}
        </div>
      );
    case "REQUEST_NOTE":
      return (
        <div>
          <p>
            A request {context.sentByReported ? `sent by ${reportedName}` : `sent to ${reportedName}`} on {momentWords(context.sentAt)} ({enumWords(context.status).toLowerCase()}).
          </p>
          {context.note ? <Quoted text={context.note} /> : <p className="mt-2">It came without a note.</p>}
        </div>
      );
    case "PARTNERSHIP":
      return (
        <div>
          <p>Status: {enumWords(context.status)}</p>
          <ol className="mt-3 list-decimal space-y-1 pl-6">
            {context.timeline.map((step, index) => (
              <li key={index}>
                {enumWords(step.type)} — {momentWords(step.at)}
              </li>
            ))}
          </ol>
        </div>
      );
    case "AGREEMENT":
      return (
        <div>
          <p className="text-sm text-muted">{context.source}</p>
          {context.sections.length === 0 ? <p className="mt-2">Every section is empty.</p> : null}
          {context.sections.map((section) => (
            <section key={section.title} className="mt-4">
              <h3 className="font-medium">{section.title}</h3>
              <Quoted text={section.text} />
            </section>
          ))}
        </div>
      );
    case "CHECK_IN_ANSWER":
      return (
        <div>
          <p>
            What {reportedName} shared with their partner in the check-in planned for {momentWords(context.plannedFor)}, last changed {momentWords(context.shared.updatedAt)}. Anything
            they kept private is not shown.
          </p>
          <SharedCheckIn shared={context.shared} reportedName={reportedName} />
        </div>
      );
    default:
      return <p>What this report was about is no longer available.</p>;
  }
}
