"use client";

import { useEffect, useState } from "react";
import { collectErrors, type SummaryItem } from "./collect-errors";

const same = (a: SummaryItem[], b: SummaryItem[]) => a.length === b.length && a.every((item, i) => item.fieldId === b[i]?.fieldId && item.message === b[i]?.message);

/** Focuses a field from its summary link, keeping the page's address as it is. */
function goTo(fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * "There's a problem" (the GOV.UK error summary pattern) at the top of a form: after a submit that
 * failed, every error the form shows, each a link to its field. It follows the form as the member
 * fixes things, and goes once nothing is left to fix. `attempt` counts the failed submits (0: none
 * yet), so one shown before any submit never appears.
 */
export function ErrorSummary({ formId, attempt }: { formId: string; attempt: number }) {
  const [items, setItems] = useState<SummaryItem[]>([]);

  useEffect(() => {
    if (attempt === 0) return;
    const form = document.getElementById(formId);
    if (!form) return;
    const update = () => setItems((before) => {
      const now = collectErrors(form);
      return same(before, now) ? before : now;
    });
    const frame = requestAnimationFrame(update);
    const observer = new MutationObserver(update);
    observer.observe(form, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["aria-invalid", "data-field-error"] });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [formId, attempt]);

  const headingId = `${formId}-error-summary`;
  return (
    <div role="alert" aria-labelledby={items.length > 0 ? headingId : undefined}>
      {attempt > 0 && items.length > 0 ? (
        <div className="rounded-xl border-l-4 border-danger bg-danger-soft p-4 text-fg">
          <h2 id={headingId} className="text-lg font-semibold">
            There&apos;s a problem
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {items.map((item) => (
              <li key={`${item.fieldId}:${item.message}`}>
                <a
                  href={`#${item.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    goTo(item.fieldId);
                  }}
                  className="font-medium underline underline-offset-4"
                >
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
