/** The first thing in the tab order: jumps past the header to `<main id="main">`. Visible on focus. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="fixed -top-40 left-3 z-50 rounded-xl bg-primary px-4 py-3 font-medium text-primary-fg shadow-soft focus:top-3 print:hidden"
    >
      Skip to main content
    </a>
  );
}
