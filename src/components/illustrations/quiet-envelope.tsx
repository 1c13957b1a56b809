import { Illustration, type IllustrationProps } from "./illustration";

/** An envelope resting with a small leaf: nothing waiting yet, and that is fine. For empty request lists. */
export function QuietEnvelope(props: IllustrationProps) {
  return (
    <Illustration viewBox="0 0 120 96" width={120} height={96} {...props}>
      <circle cx="60" cy="50" r="42" className="fill-primary-soft" />
      <rect x="28" y="34" width="64" height="42" rx="6" strokeWidth="3" className="fill-surface stroke-primary-text" />
      <path d="M30 38l30 22 30-22" strokeWidth="3" className="stroke-primary-text" />
      <path d="M86 30c2-10 10-14 18-12-1 9-8 15-18 12z" strokeWidth="2.5" className="fill-attention-soft stroke-attention" />
      <path d="M86 30l9-7" strokeWidth="2.5" className="stroke-attention" />
    </Illustration>
  );
}
