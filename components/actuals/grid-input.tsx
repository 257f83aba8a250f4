"use client";

import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "onChange"> & {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Row index and column key: the grid's keyboard navigation finds cells by them. */
  row: number;
  col: string;
  error?: string;
  /** Extra description (e.g. "carried forward from …"). */
  describedBy?: string;
};

/** One editable cell: labelled for screen readers, with its own error message. */
export function GridInput({
  id,
  label,
  value,
  onValue,
  row,
  col,
  error,
  describedBy,
  className = "",
  ...props
}: Props) {
  const errorId = error ? `${id}-error` : undefined;
  const described = [errorId, describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <input
        id={id}
        type="text"
        aria-label={label}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        data-row={row}
        data-col={col}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        autoComplete="off"
        className={`block rounded border-gray-300 px-2 py-1 text-sm focus:border-blue-600 focus:ring-blue-600 read-only:bg-gray-50 aria-[invalid=true]:border-red-600 ${className}`}
        {...props}
      />
      {error ? (
        <p id={errorId} className="mt-1 max-w-[12rem] text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
