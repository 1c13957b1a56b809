import { Illustration, type IllustrationProps } from "./illustration";

/** A sprout with two leaves in a small pot: something growing, week by week. For milestones. */
export function Sprout(props: IllustrationProps) {
  return (
    <Illustration viewBox="0 0 96 96" width={96} height={96} {...props}>
      <circle cx="48" cy="48" r="44" className="fill-primary-soft" />
      <path d="M48 64V36" strokeWidth="3" className="stroke-primary" />
      <path d="M48 46c-3-11-12-16-22-14 2 11 11 16 22 14z" strokeWidth="2.5" className="fill-surface stroke-primary" />
      <path d="M48 40c2-12 11-18 22-17-1 12-10 18-22 17z" strokeWidth="2.5" className="fill-primary stroke-primary" />
      <path d="M32 62h32l-4 20H36z" strokeWidth="3" className="fill-attention-soft stroke-attention" />
    </Illustration>
  );
}
