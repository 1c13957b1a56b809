import { cn } from "@/components/ui/cn";

/** A 1–5 choice as a radio group: a fieldset with a legend, each option a number and its words. */
export function ScaleField({ name, legend, words, value, onChange, error }: { name: string; legend: string; words: readonly string[]; value: number | null; onChange: (value: number) => void; error?: string | null }) {
  return (
    <fieldset className="space-y-2" aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-danger" data-field-error>
          {error}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-5">
        {words.map((word, index) => {
          const score = index + 1;
          const id = `${name}-${score}`;
          return (
            <label
              key={id}
              htmlFor={id}
              className={cn(
                "flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-line-strong px-3 py-2 has-[:checked]:border-primary has-[:checked]:bg-surface-2",
                "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus",
              )}
            >
              <input id={id} type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} className="size-4" />
              <span>
                <span className="font-semibold">{score}</span> <span className="text-sm">{word}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
