import { Illustration, type IllustrationProps } from "./illustration";

/** Two people side by side on a gentle hill under a low sun: the landing page's picture of a partnership. */
export function SideBySide(props: IllustrationProps) {
  return (
    <Illustration viewBox="0 0 240 160" width={240} height={160} {...props}>
      <circle cx="188" cy="44" r="20" strokeWidth="3" className="fill-attention-soft stroke-attention" />
      <path d="M0 128c40-22 80-26 120-14s84 10 120-6v52H0z" className="fill-surface" />
      <path d="M20 132c36-16 72-18 104-8" strokeWidth="3" className="stroke-primary" />
      <circle cx="96" cy="66" r="12" className="fill-primary" />
      <path d="M76 124c0-24 8-40 20-40s20 16 20 40z" className="fill-primary" />
      <circle cx="142" cy="70" r="11" strokeWidth="3" className="fill-surface stroke-primary-text" />
      <path d="M124 124c0-22 7-37 18-37s18 15 18 37z" strokeWidth="3" className="fill-surface stroke-primary-text" />
      <path d="M110 98c6 6 14 6 20 0" strokeWidth="3" className="stroke-attention" />
    </Illustration>
  );
}
