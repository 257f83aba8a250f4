import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";

type Common = { label: string; name: string; error?: string; hint?: ReactNode };

/** The classes of a form control (inputs, selects), shared with the fields built elsewhere. */
export const inputClass =
  "mt-1 block w-full min-w-0 rounded-md border-gray-300 text-sm shadow-sm focus:border-blue-600 focus:ring-blue-600 aria-[invalid=true]:border-red-600";

/** A field's hint, or its error (announced), under the control. */
export function Messages({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The id of what describes a control: its error, else its hint. */
export const describedBy = (id: string, error?: string, hint?: ReactNode) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

/**
 * A control's id: the one given, else one unique on the page (two forms with a "reason" field
 * on one page must not share ids, or their labels and messages would point at the wrong control).
 */
export function useFieldId(given?: string): string {
  const generated = useId();
  return given ?? generated;
}

export function TextField({ label, name, error, hint, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useFieldId(props.id);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass}
        {...props}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  options,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const id = useFieldId(props.id);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={inputClass} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}
