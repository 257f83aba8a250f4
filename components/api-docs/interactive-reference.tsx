"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

function LoadingNotice() {
  const t = useTranslations("apiDocs.interactive");
  return (
    <p role="status" className="p-4 text-sm text-gray-600">
      {t("loading")}
    </p>
  );
}

/**
 * Scalar renders in the browser only (a Vue app that measures the window), and its code
 * is large, so it is fetched after the server-rendered reference above is on screen.
 */
const ScalarReference = dynamic(() => import("./scalar-reference"), { ssr: false, loading: () => <LoadingNotice /> });

export function InteractiveReference({ documentUrl }: { documentUrl: string }) {
  return <ScalarReference documentUrl={documentUrl} />;
}
