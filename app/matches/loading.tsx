import { Container } from "@/components/ui/container";

/** Shown at once while suggestions are worked out: the page's frame and two quiet skeleton cards, shaped like the compact cards. */
export default function MatchesLoading() {
  return (
    <Container width="page" className="py-8 sm:py-12">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your suggestions</h1>
      <p role="status" className="mt-2 text-muted">
        Finding people whose answers fit yours…
      </p>
      <div aria-hidden="true" className="mt-6 grid gap-4 lg:grid-cols-2">
        {[0, 1].map((i) => (
          <div key={i} className="rounded-2xl border border-line bg-surface p-4 shadow-soft motion-safe:animate-pulse sm:p-5">
            <div className="h-6 w-40 rounded-lg bg-surface-2" />
            <div className="mt-2 h-4 w-24 rounded-lg bg-surface-2" />
            <div className="mt-4 space-y-2">
              <div className="h-4 w-3/4 rounded-lg bg-surface-2" />
              <div className="h-4 w-2/3 rounded-lg bg-surface-2" />
              <div className="h-4 w-1/2 rounded-lg bg-surface-2" />
            </div>
            <div className="mt-4 h-11 w-44 rounded-xl bg-surface-2" />
          </div>
        ))}
      </div>
    </Container>
  );
}
