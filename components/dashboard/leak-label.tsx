import { useTranslations } from "next-intl";

// Heroicons 20px solid: exclamation-triangle (an open leak) and check-circle (a reviewed one).
const WARNING =
  "M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495zM10 5a.75.75 0 01.75.75v3.5a.75.75 0 01-1.5 0v-3.5A.75.75 0 0110 5zm0 9a1 1 0 100-2 1 1 0 000 2z";
const CHECK = "M10 18a8 8 0 100-16 8 8 0 000 16zm3.857-9.809a.75.75 0 00-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 10-1.06 1.061l2.5 2.5a.75.75 0 001.137-.089l4-5.5z";

/**
 * A leak's name with a sign before it (a warning triangle while open, a tick once reviewed),
 * so the amber or grey box is not the only thing that tells a problem from a reviewed one.
 * The sign is decoration; the words say it for screen readers.
 */
export function LeakLabel({ code, reviewed = false }: { code: string; reviewed?: boolean }) {
  const t = useTranslations("leaks");
  return (
    <strong className="inline-flex items-baseline gap-1.5">
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={`h-4 w-4 shrink-0 self-center ${reviewed ? "text-gray-600" : "text-amber-700"}`}>
        <path fillRule="evenodd" clipRule="evenodd" d={reviewed ? CHECK : WARNING} />
      </svg>
      <span className="sr-only">{t(reviewed ? "reviewedPrefix" : "openPrefix")} </span>
      <span>{t(`codes.${code}`)}</span>
    </strong>
  );
}
