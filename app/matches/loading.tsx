import { Container } from "@/components/ui/container";

/** Shown at once while suggestions are worked out: the page's frame and two quiet skeleton cards. */
export default function MatchesLoading() {
  return (
    <Container width="page" className="py-12 sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your suggestions</h1>
      <p role="status" className="mt-3 text-lg text-muted">
        Finding people whose answers fit yours…
      </p>
      <div aria-hidden="true" className="mt-8 space-y-6">
        {[0, 1].map((i) => (
          <div key={i} className="rounded-2xl border border-line bg-surface p-5 shadow-soft motion-safe:animate-pulse sm:p-6">
            <div className="h-6 w-40 rounded-lg bg-surface-2" />
            <div className="mt-4 h-4 w-full max-w-md rounded-lg bg-surface-2" />
            <div className="mt-3 flex gap-2">
              <div className="h-6 w-32 rounded-full bg-surface-2" />
              <div className="h-6 w-24 rounded-full bg-surface-2" />
            </div>
            <div className="mt-6 grid gap-6 md:grid-cols-[minmax(0,1fr)_15rem]">
              <div className="space-y-2">
                <div className="h-4 w-3/4 rounded-lg bg-surface-2" />
                <div className="h-4 w-2/3 rounded-lg bg-surface-2" />
                <div className="h-4 w-1/2 rounded-lg bg-surface-2" />
              </div>
              <div className="h-32 rounded-xl bg-surface-2" />
            </div>
          </div>
        ))}
      </div>
    </Container>
  );
}
