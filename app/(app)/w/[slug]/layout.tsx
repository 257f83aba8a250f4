import type { ReactNode } from "react";
import { WorkspaceNav } from "@/components/workspaces/workspace-nav";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { workspace, role } = await requireWorkspacePage((await params).slug);
  return (
    <>
      <WorkspaceNav slug={workspace.slug} name={workspace.name} role={role} />
      {children}
    </>
  );
}
