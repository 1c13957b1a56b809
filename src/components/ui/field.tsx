import { CircleAlert } from "lucide-react";
import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";

const controlBase =
  "block w-full rounded-xl border border-line-strong bg-surface px-3.5 py-2.5 text-base text-fg " +
  "placeholder:text-muted transition-colors duration-150 " +
  "hover:border-fg focus-visible:border-focus focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus " +
  "disabled:cursor-not-allowed disabled:bg-surface-2 disabled:opacity-70 " +
  "aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

/** The primitives' own classes, for the check that callers' classes never fight them (class-conflicts.test.ts). */
export const fieldClasses = {
  label: "block font-medium text-fg",
  input: `${controlBase} min-h-11`,
  textarea: `${controlBase} min-h-24 resize-y`,
  hint: "text-sm text-muted",
  error: "flex items-start gap-1.5 text-sm font-medium text-danger",
  field: "space-y-1.5",
};

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn(fieldClasses.label, className)} {...props} />;
}

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(fieldClasses.input, className)} {...props} />;
}

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(fieldClasses.textarea, className)} {...props} />;
}

export function FieldHint({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn(fieldClasses.hint, className)} {...props} />;
}

/** Says what went wrong and what to do, in words and with an icon (never colour alone). */
export function FieldError({ className, children, ...props }: ComponentProps<"p">) {
  return (
    <p className={cn(fieldClasses.error, className)} {...props}>
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

/** The props `Field` hands to its control so the label, hint and error are announced with it. */
export type FieldControlProps = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
  required: boolean | undefined;
};

export type FieldProps = {
  label: ReactNode;
  /** Help shown under the label, e.g. who will see this answer. */
  hint?: ReactNode;
  /** When set, the control is marked invalid and this message is announced with it. */
  error?: ReactNode;
  /** Adds "(optional)" to the label. Fields are assumed required-by-context otherwise. */
  optional?: boolean;
  required?: boolean;
  /** Defaults to a generated id. */
  id?: string;
  className?: string;
  /** Render the control, spreading the given props onto it: `{(p) => <Input {...p} name="email" />}`. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * A labelled form field: label, optional hint, error message and the control, wired together with
 * `htmlFor`, `aria-describedby` and `aria-invalid`.
 */
export function Field({ label, hint, error, optional, required, id, className, children }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn(fieldClasses.field, className)}>
      <Label htmlFor={controlId}>
        {label}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </Label>
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      {children({ id: controlId, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, required })}
    </div>
  );
}

type FieldTextProps = Omit<FieldProps, "children" | "className"> & { fieldClassName?: string };

/** Label + `<input>` in one go. Extra props go to the input. */
export function TextField({
  label,
  hint,
  error,
  optional,
  required,
  id,
  fieldClassName,
  ...inputProps
}: FieldTextProps & Omit<ComponentProps<"input">, keyof FieldTextProps>) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} required={required} id={id} className={fieldClassName}>
      {(control) => <Input {...inputProps} {...control} />}
    </Field>
  );
}

/** Label + `<textarea>` in one go. Extra props go to the textarea. */
export function TextareaField({
  label,
  hint,
  error,
  optional,
  required,
  id,
  fieldClassName,
  ...textareaProps
}: FieldTextProps & Omit<ComponentProps<"textarea">, keyof FieldTextProps>) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} required={required} id={id} className={fieldClassName}>
      {(control) => <Textarea {...textareaProps} {...control} />}
    </Field>
  );
}
