import { Illustration, type IllustrationProps } from "./illustration";

/** A bench with room for two and a sun coming up: suggestions will come. For an empty suggestions page. */
export function WaitingBench(props: IllustrationProps) {
  return (
    <Illustration viewBox="0 0 120 96" width={120} height={96} {...props}>
      <circle cx="60" cy="50" r="42" className="fill-primary-soft" />
      <path d="M70 58a14 14 0 0 1 28 0" strokeWidth="3" className="fill-attention-soft stroke-attention" />
      <path d="M18 76h84" strokeWidth="3" className="stroke-primary" />
      <rect x="26" y="44" width="52" height="10" rx="3" strokeWidth="3" className="fill-surface stroke-primary-text" />
      <path d="M24 60h56M32 60v16M72 60v16" strokeWidth="3" className="stroke-primary-text" />
    </Illustration>
  );
}
