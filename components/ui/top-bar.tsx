import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CommandPalette } from "@/components/navigation/command-palette";
import { TopBarMenu } from "@/components/navigation/top-bar-menu";
import type { PaletteWorkspace } from "@/lib/navigation/palette-items";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";
import { WorkspaceSwitcher } from "./workspace-switcher";

type Props = { userId: string; userName: string; workspaces: PaletteWorkspace[] };

/** Wide: logo, search, workspace switcher, and on the right who is signed in. Narrow: logo, search and a Menu holding the rest. */
export async function TopBar({ userId, userName, workspaces }: Props) {
  const t = await getTranslations("navigation");
  const tc = await getTranslations("common");
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/workspaces" className="text-lg font-semibold tracking-tight text-blue-800">
          Realised
        </Link>
        <CommandPalette workspaces={workspaces} />
        <TopBarMenu label={t("menu")}>
          <WorkspaceSwitcher workspaces={workspaces.map(({ slug, name }) => ({ slug, name }))} userId={userId} />
          <div className="flex flex-wrap items-center gap-3 sm:ml-auto">
            <span className="text-sm text-gray-600">
              <span className="sm:sr-only">{tc("signedInAs")} </span>
              {userName}
            </span>
            <LocaleSwitcher />
            <SignOutButton />
          </div>
        </TopBarMenu>
      </div>
    </header>
  );
}
