type Props = { code: string; label: string };

/**
 * A code sample that scrolls sideways on its own (long curl lines stay intact at 390 px),
 * focusable so keyboard users can scroll it too.
 */
export function CodeBlock({ code, label }: Props) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="overflow-x-auto rounded-md bg-gray-900 p-3 text-xs leading-relaxed text-gray-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 sm:text-sm"
    >
      <code>{code}</code>
    </pre>
  );
}
