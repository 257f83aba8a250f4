import type { ReactNode } from "react";

/** A titled region of the month view (h3: the workspace is h1, the month h2). */
export function MonthSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6" data-testid={id}>
      <h3 id={`${id}-title`} className="mb-3 text-base font-semibold text-gray-900">
        {title}
      </h3>
      {children}
    </section>
  );
}
