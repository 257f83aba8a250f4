"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { importInvestmentJsonAction, importWorkspaceAction } from "@/lib/transfer/actions";
import { MAX_DOCUMENT_CHARS, MAX_WORKSPACE_CHARS } from "@/lib/transfer/schemas";

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;
type FormProps<T> = {
  id: string;
  workspaceSlug: string;
  action: Action<T>;
  maxBytes: number;
  labels: { file: string; hint: string; submit: string };
  onSuccess: (data: T) => void;
};

/** A JSON file picker that sends the file's text to an import action and lists every problem by its path. */
function JsonFileForm<T>({ id, workspaceSlug, action, maxBytes, labels, onSuccess }: FormProps<T>) {
  const t = useTranslations("transfer.page");
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    if (!file) return setProblem(t("chooseFile"));
    if (file.size > maxBytes) return setProblem(t("fileTooLarge", { limit: Math.round(maxBytes / 1024 / 1024) }));
    setProblem(null);
    startTransition(async () => {
      try {
        const outcome = await action({ workspaceSlug, json: await file.text() });
        setResult(outcome);
        if (outcome.ok) onSuccess(outcome.data);
      } catch {
        // The request itself failed (connection, or a body over the server's size limit).
        setResult({ ok: false, error: "INTERNAL", message: t("uploadFailed"), fieldErrors: {} });
      }
    });
  }

  const problems = result && !result.ok ? Object.entries(result.fieldErrors).flatMap(([path, messages]) => messages.map((m) => ({ path, message: m }))) : [];
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-gray-800">{labels.file}</label>
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(event) => { setFile(event.target.files?.[0] ?? null); setProblem(null); setResult(null); }}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-500">{labels.hint}</p>
      </div>
      {problem ? <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{problem}</p> : null}
      {result && !result.ok ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          <p>{result.error === "INVALID_INPUT" ? t("problems") : result.message}</p>
          {problems.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {problems.map((p, i) => (
                <li key={i}>
                  {p.path !== "_file" ? <code className="mr-1 rounded bg-red-100 px-1 text-xs">{p.path}</code> : null}
                  {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="flex items-center gap-3">
        <Button pending={pending}>{pending ? t("importing") : labels.submit}</Button>
        {pending ? <progress aria-label={t("importing")} className="h-2 w-48" /> : null}
      </div>
    </form>
  );
}

export function ImportInvestmentJson({ workspaceSlug }: { workspaceSlug: string }) {
  const t = useTranslations("transfer.page");
  const router = useRouter();
  return (
    <JsonFileForm
      id="import-investment-file"
      workspaceSlug={workspaceSlug}
      action={importInvestmentJsonAction}
      maxBytes={MAX_DOCUMENT_CHARS}
      labels={{ file: t("importInvestmentFile"), hint: t("importInvestmentHint"), submit: t("importInvestmentSubmit") }}
      onSuccess={(data) => router.push(`/w/${workspaceSlug}/investments/${data.id}`)}
    />
  );
}

export function ImportWorkspaceJson({ workspaceSlug }: { workspaceSlug: string }) {
  const t = useTranslations("transfer.page");
  const router = useRouter();
  const [done, setDone] = useState<{ investments: number; versions: number; kpis: number; actuals: number } | null>(null);
  if (done) return <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">{t("importWorkspaceDone", done)}</p>;
  return (
    <JsonFileForm
      id="import-workspace-file"
      workspaceSlug={workspaceSlug}
      action={importWorkspaceAction}
      maxBytes={MAX_WORKSPACE_CHARS}
      labels={{ file: t("importWorkspaceFile"), hint: t("importWorkspaceHint"), submit: t("importWorkspaceSubmit") }}
      onSuccess={(data) => {
        setDone(data);
        router.refresh();
      }}
    />
  );
}
