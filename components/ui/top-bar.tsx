import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";
import { WorkspaceSwitcher } from "./workspace-switcher";

type Props = { userName: string; workspaces: { slug: string; name: string }[] };

export async function TopBar({ userName, workspaces }: Props) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/workspaces" className="text-lg font-semibold tracking-tight text-blue-800">
          Realised
        </Link>
        <WorkspaceSwitcher workspaces={workspaces} />
        <div className="ml-auto flex items-center gap-3">
          <span className="hidden text-sm text-gray-600 sm:inline" aria-label={t("signedInAs")}>
            {userName}
          </span>
          <LocaleSwitcher />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
