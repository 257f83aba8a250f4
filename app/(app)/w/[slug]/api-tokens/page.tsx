import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiTokenList } from "@/components/api-tokens/api-token-list";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { Card } from "@/components/ui/card";
import { mayRevokeApiToken } from "@/lib/api-tokens/permissions";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { requireWorkspacePage } from "@/lib/auth/workspace-gate";
import { appUrl } from "@/lib/email/send-mail";

const DAY_MS = 86_400_000;

export default async function ApiTokensPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, role, user } = await requireWorkspacePage((await params).slug, "editor");
  const now = new Date();
  const [tokens, t] = await Promise.all([listApiTokens(workspace.id, now), getTranslations("apiTokens")]);
  const rows = tokens.map((token) => ({ ...token, canRevoke: mayRevokeApiToken({ role, userId: user.id }, token) }));
  // The server accepts expiry days after today (UTC); the date picker starts there too.
  const minExpiry = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  return (
    <div className="space-y-6">
      <Card title={t("title")}>
        <p className="max-w-prose text-sm text-gray-700">{t("intro")}</p>
        <p className="mt-2 text-sm">
          <Link href="/docs/api" className="text-blue-700 underline">
            {t("docsLink")}
          </Link>
        </p>
      </Card>
      <Card title={t("createTitle")}>
        <CreateApiTokenForm slug={workspace.slug} baseUrl={appUrl()} minExpiry={minExpiry} />
      </Card>
      <Card title={t("listTitle")}>
        <ApiTokenList slug={workspace.slug} tokens={rows} />
      </Card>
    </div>
  );
}
