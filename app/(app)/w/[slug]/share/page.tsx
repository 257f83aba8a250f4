import { getTranslations } from "next-intl/server";
import { ShareLinkForm } from "@/components/share/share-link-form";
import { ShareLinkList } from "@/components/share/share-link-list";
import { Card } from "@/components/ui/card";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { listInvestments } from "@/lib/investments/queries";
import { listShareLinks } from "@/lib/sharing/queries";

export default async function SharePage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await requireWorkspacePage((await params).slug, "editor");
  const [links, investments, t] = await Promise.all([listShareLinks(workspace.id), listInvestments(workspace.id), getTranslations("share")]);
  const now = new Date();
  const defaultExpiry = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  return (
    <div className="space-y-6">
      <Card title={t("createTitle")}>
        <ShareLinkForm slug={workspace.slug} investments={investments.map(({ id, name }) => ({ id, name }))} defaultExpiry={defaultExpiry} />
      </Card>
      <Card title={t("listTitle")}>
        <ShareLinkList slug={workspace.slug} links={links} now={now} />
      </Card>
    </div>
  );
}
