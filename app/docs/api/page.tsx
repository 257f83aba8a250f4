import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GettingStarted } from "@/components/api-docs/getting-started";
import { InteractiveReference } from "@/components/api-docs/interactive-reference";
import { OperationExamples } from "@/components/api-docs/operation-examples";
import { ProblemTypes } from "@/components/api-docs/problem-types";
import { richTags } from "@/components/api-docs/rich-text";
import { WebhookVerification } from "@/components/api-docs/webhook-verification";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { API_BASE_PATH } from "@/lib/api/openapi-document";
import { API_OPERATIONS } from "@/lib/api/operations";
import { referenceOutline, referenceProblems } from "@/lib/api/reference-outline";
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from "@/lib/api/route-handler";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/event-schemas";
import { MainLandmark } from "@/components/navigation/main-landmark";

const OPENAPI_URL = `${API_BASE_PATH}/openapi.json`;
const SECTIONS = [
  ["getting-started", "start"],
  ["errors", "errors"],
  ["webhooks", "webhooks"],
  ["operations", "operations"],
  ["interactive-reference", "interactive"],
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/**
 * The public API reference. Everything up to the interactive part is rendered here on the
 * server and works without JavaScript: the basics, the problem types (the `type` of every
 * problem document links to its row), webhook signatures and each operation's example.
 */
export default async function ApiReferencePage() {
  const t = await getTranslations("apiDocs");
  return (
    <div className="min-h-screen">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight text-blue-800">
            Realised
          </Link>
          <div className="ml-auto">
            <LocaleSwitcher />
          </div>
        </div>
      </header>
      <MainLandmark className="mx-auto max-w-6xl space-y-10 px-4 py-6">
        <div className="max-w-3xl space-y-10">
          <div className="space-y-3">
            <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
            <p className="text-gray-800">{t("intro")}</p>
            <p className="text-gray-800">
              <a href={OPENAPI_URL} className="text-blue-700 underline">
                {t("openapi")}
              </a>{" "}
              <span className="text-gray-600">({OPENAPI_URL})</span> — {t("openapiHint")}
            </p>
            <nav aria-labelledby="on-this-page" className="rounded-md border border-gray-200 bg-white p-3">
              <h2 id="on-this-page" className="text-sm font-semibold text-gray-700">
                {t("onThisPage")}
              </h2>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {SECTIONS.map(([id, key]) => (
                  <li key={id}>
                    <a href={`#${id}`} className="text-blue-700 underline">
                      {t(`nav.${key}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <GettingStarted rateLimitPerMinute={DEFAULT_RATE_LIMIT_PER_MINUTE} />
          <ProblemTypes problems={referenceProblems()} />
          <WebhookVerification events={WEBHOOK_EVENTS.map(({ type, summary }) => ({ type, summary }))} />
        </div>
        <OperationExamples groups={referenceOutline(API_OPERATIONS)} />
        <section id="interactive-reference" aria-labelledby="interactive-reference-title" className="scroll-mt-4 space-y-3">
          <h2 id="interactive-reference-title" className="text-xl font-semibold">
            {t("interactive.title")}
          </h2>
          <p className="max-w-3xl text-gray-800">
            {t.rich("interactive.intro", {
              ...richTags,
              link: (chunks) => (
                <a href={OPENAPI_URL} className="text-blue-700 underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
          <noscript>
            <p className="text-gray-700">{t("interactive.noscript")}</p>
          </noscript>
          <div className="rounded-md border border-gray-200 bg-white">
            <InteractiveReference documentUrl={OPENAPI_URL} />
          </div>
        </section>
      </MainLandmark>
    </div>
  );
}
