import { CopyButton } from "@/components/ui/copy-button";

/** A signing secret, read-only and selectable, with a Copy button that says whether it worked. */
export function SecretField({ id, label, secret }: { id: string; label: string; secret: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={id}
          readOnly
          value={secret}
          data-testid="webhook-secret"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 basis-64 rounded-md border-gray-300 font-mono text-xs"
        />
        <CopyButton text={secret} />
      </div>
    </div>
  );
}
