import { Illustration, type IllustrationProps } from "./illustration";

/** Two mugs side by side, still warm: the everyday company Tandem is for. For the About page. */
export function TwoMugs(props: IllustrationProps) {
  return (
    <Illustration viewBox="0 0 160 100" width={160} height={100} {...props}>
      <path d="M8 88h144" strokeWidth="3" className="stroke-line-strong" />
      <path d="M34 46h36v30a10 10 0 0 1-10 10H44a10 10 0 0 1-10-10z" strokeWidth="3" className="fill-primary-soft stroke-primary-text" />
      <path d="M70 54h4a8 8 0 0 1 0 16h-4" strokeWidth="3" className="stroke-primary-text" />
      <path d="M90 50h36v26a10 10 0 0 1-10 10h-16a10 10 0 0 1-10-10z" strokeWidth="3" className="fill-attention-soft stroke-attention" />
      <path d="M90 58h-4a8 8 0 0 0 0 16h4" strokeWidth="3" className="stroke-attention" />
      <path d="M46 36c-4-6 4-10 0-16M58 36c-4-6 4-10 0-16M102 40c-4-6 4-10 0-16M114 40c-4-6 4-10 0-16" strokeWidth="2.5" className="stroke-line-strong" />
    </Illustration>
  );
}
