"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { LiveStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/actions/result";
import { importInvestmentJsonAction, importWorkspaceAction } from "@/lib/transfer/actions";
import { MAX_DOCUMENT_CHARS } from "@/lib/transfer/schemas";
import { prepareWorkspaceUpload } from "./workspace-upload";

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;
/** What the action gets for the chosen file (beside the workspace), or why the file cannot go. */
type Payload = { ok: true; fields: Record<string, unknown> } | { ok: false; problem: string };
type FormProps<T> = {
  id: string;
  workspaceSlug: string;
  action: Action<T>;
  accept: string;
  toPayload: (file: File) => Promise<Payload>;
  labels: { file: string; hint: string; submit: string };
  onSuccess: (data: T) => void;
};

/** A JSON file picker that sends the file to an import action and lists every problem by its path. */
function JsonFileForm<T>({ id, workspaceSlug, action, accept, toPayload, labels, onSuccess }: FormProps<T>) {
  const t = useTranslations("transfer.page");
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    if (!file) return setProblem(t("chooseFile"));
    setProblem(null);
    startTransition(async () => {
      try {
        const payload = await toPayload(file);
        if (!payload.ok) return setProblem(payload.problem);
        const outcome = await action({ workspaceSlug, ...payload.fields });
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
          accept={accept}
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
      {/* The button says "Importing…" on screen; screen readers hear it once from here. */}
      <LiveStatus className="sr-only">{pending ? t("importing") : null}</LiveStatus>
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
      accept=".json,application/json"
      toPayload={async (file) =>
        file.size > MAX_DOCUMENT_CHARS
          ? { ok: false, problem: t("fileTooLarge", { limit: Math.round(MAX_DOCUMENT_CHARS / 1024 / 1024) }) }
          : { ok: true, fields: { json: await file.text() } }
      }
      labels={{ file: t("importInvestmentFile"), hint: t("importInvestmentHint"), submit: t("importInvestmentSubmit") }}
      onSuccess={(data) => router.push(`/w/${workspaceSlug}/investments/${data.id}`)}
    />
  );
}

export function ImportWorkspaceJson({ workspaceSlug }: { workspaceSlug: string }) {
  const t = useTranslations("transfer.page");
  const router = useRouter();
  const [done, setDone] = useState<{ investments: number; versions: number; kpis: number; actuals: number; exchangeRates: number } | null>(null);
  // The live region stays in the page when the form gives way to the result, so the result is announced.
  return (
    <div>
      <LiveStatus className="rounded-md bg-green-50 p-3 text-sm text-green-800">{done ? t("importWorkspaceDone", done) : null}</LiveStatus>
      {done ? null : (
        <JsonFileForm
          id="import-workspace-file"
          workspaceSlug={workspaceSlug}
          action={importWorkspaceAction}
          accept=".json,.gz,application/json,application/gzip"
          toPayload={async (file) => {
            const prepared = await prepareWorkspaceUpload(file);
            return prepared.ok
              ? { ok: true, fields: { file: prepared.file } }
              : { ok: false, problem: t(prepared.problem === "tooLarge" ? "fileTooLarge" : "compressedTooLarge", { limit: prepared.limitMb }) };
          }}
          labels={{ file: t("importWorkspaceFile"), hint: t("importWorkspaceHint"), submit: t("importWorkspaceSubmit") }}
          onSuccess={(data) => {
            setDone(data);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}
