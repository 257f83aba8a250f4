import type { ReactNode } from "react";
import { MainLandmark } from "@/components/navigation/main-landmark";
import { TopBar } from "@/components/ui/top-bar";
import { requireUserPage } from "@/lib/auth/workspace-gate";
import { listUserWorkspaces } from "@/lib/workspaces/queries";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUserPage();
  const workspaces = await listUserWorkspaces(user.id);
  return (
    <>
      <TopBar
        userId={user.id}
        userName={user.name}
        workspaces={workspaces.map(({ slug, name, role }) => ({ slug, name, role }))}
      />
      <MainLandmark className="mx-auto max-w-6xl px-4 py-6">{children}</MainLandmark>
    </>
  );
}
