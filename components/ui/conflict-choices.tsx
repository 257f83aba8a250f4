"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The two ways out of an edit conflict, the same wherever one is shown. */
export function ConflictChoices({ pending, onKeepTheirs, onOverwrite }: { pending: boolean; onKeepTheirs: () => void; onOverwrite: () => void }) {
  const t = useTranslations("actuals");
  return (
    <div className="mt-3 flex flex-wrap gap-2">
      <Button type="button" variant="secondary" disabled={pending} onClick={onKeepTheirs}>
        {t("conflict.keepTheirs")}
      </Button>
      <Button type="button" variant="danger" pending={pending} onClick={onOverwrite}>
        {t("conflict.overwrite")}
      </Button>
    </div>
  );
}
