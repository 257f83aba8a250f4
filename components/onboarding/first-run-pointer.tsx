import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/roles";
import { firstRunGuide } from "@/lib/onboarding/first-run";
import { readFirstRunFacts } from "@/lib/onboarding/queries";

type Props = { workspaceId: string; slug: string; role: Role };

/**
 * For pages other than the overview (the month view): while the workspace is still being
 * set up, one line pointing to the guide on the overview; nothing once the guide is done.
 * The caller has been through the workspace gate for `workspaceId`.
 */
export async function FirstRunPointer({ workspaceId, slug, role }: Props) {
  const guide = firstRunGuide(slug, await readFirstRunFacts(workspaceId), role);
  if (!guide.show) return null;
  const t = await getTranslations("onboarding.pointer");
  return (
    <p data-testid="first-run-pointer" className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-gray-800">
      {t("text")}{" "}
      <Link href={`/w/${slug}`} className="font-medium text-blue-800 underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
        {t("link")}
      </Link>
    </p>
  );
}
