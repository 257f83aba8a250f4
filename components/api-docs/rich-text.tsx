import type { ReactNode } from "react";

/** The tags the reference's messages may use, for next-intl's t.rich. */
export const richTags = {
  code: (chunks: ReactNode) => <code className="rounded bg-gray-100 px-1 py-0.5 font-mono text-[0.9em] text-gray-900">{chunks}</code>,
  strong: (chunks: ReactNode) => <strong className="font-semibold">{chunks}</strong>,
};
