import { useTranslations } from "next-intl";
import type { ReferenceProblem } from "@/lib/api/reference-outline";
import { CodeBlock } from "./code-block";
import { richTags } from "./rich-text";
import { ScrollRegion } from "@/components/ui/scroll-region";

const EXAMPLE = JSON.stringify(
  {
    type: "/docs/api#problem-invalid-input",
    title: "Invalid input",
    status: 422,
    detail: "Please correct the fields listed in errors",
    errors: [{ path: "costs.1.month", message: "must be a month like 2026-01 (YYYY-MM)" }],
  },
  null,
  2,
);

/** The problem types, each row the target of the `type` link in a problem document. */
export function ProblemTypes({ problems }: { problems: ReferenceProblem[] }) {
  const t = useTranslations("apiDocs.errors");
  return (
    <section id="errors" aria-labelledby="errors-title" className="scroll-mt-4 space-y-3">
      <h2 id="errors-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-gray-800">{t.rich("intro", richTags)}</p>
      <CodeBlock code={EXAMPLE} label={t("example")} />
      <ScrollRegion label={t("title")} className="rounded-md border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-gray-50 text-gray-600">
            <tr>
              <th scope="col" className="px-2 py-2 font-medium sm:px-3">
                {t("status")}
              </th>
              <th scope="col" className="px-2 py-2 font-medium sm:px-3">
                {t("type")}
              </th>
              <th scope="col" className="px-2 py-2 font-medium sm:px-3">
                {t("meaning")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {problems.map((problem) => (
              <tr key={problem.type} id={problem.anchor} className="scroll-mt-4 align-top target:bg-yellow-50">
                <td className="px-2 py-2 tabular-nums sm:px-3">{problem.status}</td>
                <th scope="row" className="px-2 py-2 font-normal sm:px-3">
                  <a href={`#${problem.anchor}`} className="font-mono text-xs text-blue-700 underline sm:text-sm">
                    {problem.type}
                  </a>
                </th>
                <td className="px-2 py-2 sm:px-3">
                  <span className="font-medium">{problem.title}</span>
                  {t.has(`help.${problem.type}`) ? <span className="block text-gray-700">{t(`help.${problem.type}`)}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
