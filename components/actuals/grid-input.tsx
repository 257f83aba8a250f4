"use client";

import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "onChange"> & {
  id: string;
  label: string;
  /** Show the label above the input (the month form); in the grid the column header shows it. */
  showLabel?: boolean;
  value: string;
  onValue: (value: string) => void;
  /** Row index and column key: the grid's keyboard navigation finds cells by them. */
  row: number;
  col: string;
  error?: string;
  /** Extra description (e.g. "carried forward from …"). */
  describedBy?: string;
};

/** One editable cell: labelled for screen readers (or visibly), with its own error message. */
export function GridInput({
  id,
  label,
  showLabel = false,
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
      {showLabel ? (
        <label htmlFor={id} className="mb-1 block text-sm font-medium text-gray-800">
          {label}
        </label>
      ) : null}
      <input
        id={id}
        type="text"
        aria-label={showLabel ? undefined : label}
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
        <p id={errorId} className={`mt-1 text-xs text-red-700 ${showLabel ? "" : "max-w-[12rem]"}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
