import { MAX_WORKSPACE_JSON_BYTES, MAX_WORKSPACE_UPLOAD_BYTES } from "@/lib/transfer/schemas";

export type PreparedUpload =
  | { ok: true; file: Blob }
  | { ok: false; problem: "tooLarge" | "compressedTooLarge"; limitMb: number };

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const startsLikeGzip = async (file: Blob) => {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
};

/**
 * A workspace file as it is sent to the import: a .json.gz as it is, a plain .json
 * gzip-compressed here first (exports shrink about tenfold), so that exports far larger
 * than a request may carry still import. The server unpacks it (lib/transfer/workspace-file.ts).
 */
export async function prepareWorkspaceUpload(file: Blob): Promise<PreparedUpload> {
  if (await startsLikeGzip(file)) {
    return file.size > MAX_WORKSPACE_UPLOAD_BYTES ? { ok: false, problem: "compressedTooLarge", limitMb: mb(MAX_WORKSPACE_UPLOAD_BYTES) } : { ok: true, file };
  }
  if (file.size > MAX_WORKSPACE_JSON_BYTES) return { ok: false, problem: "tooLarge", limitMb: mb(MAX_WORKSPACE_JSON_BYTES) };
  // Browsers without CompressionStream send the file as it is (then up to the upload limit).
  const packed =
    typeof CompressionStream === "function"
      ? await new Response(file.stream().pipeThrough(new CompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>)).blob()
      : file;
  if (packed.size > MAX_WORKSPACE_UPLOAD_BYTES) return { ok: false, problem: "compressedTooLarge", limitMb: mb(MAX_WORKSPACE_UPLOAD_BYTES) };
  return { ok: true, file: packed };
}
