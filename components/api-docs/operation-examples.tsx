import { useTranslations } from "next-intl";
import type { ReferenceGroup } from "@/lib/api/reference-outline";
import { CodeBlock } from "./code-block";
import { richTags } from "./rich-text";

const METHOD_COLOURS: Record<string, string> = {
  GET: "bg-blue-100 text-blue-800",
  POST: "bg-green-100 text-green-800",
  PUT: "bg-amber-100 text-amber-900",
  PATCH: "bg-amber-100 text-amber-900",
  DELETE: "bg-red-100 text-red-800",
};

/** Every operation with its method, path, summary, who may call it, and its worked curl example. */
export function OperationExamples({ groups }: { groups: ReferenceGroup[] }) {
  const t = useTranslations("apiDocs.operations");
  const roles = useTranslations("apiDocs.roles");
  return (
    <section id="operations" aria-labelledby="operations-title" className="scroll-mt-4 space-y-4">
      <h2 id="operations-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-3xl text-gray-800">{t.rich("intro", richTags)}</p>
      {groups.map((group) => (
        <section key={group.tag} id={group.anchor} aria-labelledby={`${group.anchor}-title`} className="scroll-mt-4 space-y-3">
          <h3 id={`${group.anchor}-title`} className="text-lg font-semibold">
            {group.tag}
          </h3>
          {group.operations.map((operation) => (
            <article
              key={operation.operationId}
              id={operation.anchor}
              aria-labelledby={`${operation.anchor}-title`}
              className="scroll-mt-4 space-y-2 rounded-md border border-gray-200 bg-white p-3 sm:p-4"
            >
              <h4 id={`${operation.anchor}-title`} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <span className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold ${METHOD_COLOURS[operation.method] ?? "bg-gray-100 text-gray-800"}`}>
                  {operation.method}
                </span>
                <code className="break-all font-mono text-sm text-gray-900">{operation.path}</code>
              </h4>
              <p className="font-medium text-gray-900">{operation.summary}</p>
              {operation.paragraphs.map((paragraph, index) => (
                <p key={index} className="max-w-3xl text-sm text-gray-700">
                  {paragraph}
                </p>
              ))}
              <p className="text-sm text-gray-600">{t("access", { scope: operation.access, role: roles(operation.minRole) })}</p>
              <CodeBlock code={operation.curl} label={t("example", { operation: `${operation.method} ${operation.path}` })} />
            </article>
          ))}
        </section>
      ))}
    </section>
  );
}
