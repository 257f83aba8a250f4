import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { invalidFile, readJson } from "./import-checks";
import { MAX_WORKSPACE_JSON_BYTES, MAX_WORKSPACE_UPLOAD_BYTES } from "./schemas";

// A workspace export grows with the history it holds: 200,000 months of actuals are about
// 50 MB of JSON, more than a request may carry (lib/http/body-limit.ts, 21 MB). Exports
// compress about tenfold, so the file travels gzip-compressed — the import page compresses
// a plain .json in the browser before sending it, a .json.gz is sent as it is — and is
// unpacked here, up to MAX_WORKSPACE_JSON_BYTES.

export const UPLOAD_TOO_LARGE_MESSAGE = "The file is larger than 20 MB, even compressed (.json.gz); nothing was imported";
export const JSON_TOO_LARGE_MESSAGE =
  "The workspace file is larger than 128 MB unpacked (about 500,000 months of actuals); nothing was imported";
export const NOT_GZIP_MESSAGE = "is not a valid gzip file (.json.gz)";
export const NOT_UTF8_MESSAGE = "is not UTF-8 text";

const unpack = promisify(gunzip);
const fileProblem = (message: string) => invalidFile([{ path: "", message }]);

/** gzip's magic bytes, whatever the file is called. */
export const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

async function unpackGzip(bytes: Uint8Array): Promise<Buffer> {
  try {
    return await unpack(bytes, { maxOutputLength: MAX_WORKSPACE_JSON_BYTES });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw fileProblem(JSON_TOO_LARGE_MESSAGE);
    throw fileProblem(NOT_GZIP_MESSAGE);
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileProblem(NOT_UTF8_MESSAGE);
  }
}

/**
 * The uploaded workspace file as parsed (but not yet validated) JSON: sent as text (small
 * files, scripts, tests) or as a file, gzip-compressed or plain, detected by its first
 * bytes. Every refusal names the file and the limit, and happens before anything is written.
 */
export async function readWorkspaceFile(input: { json?: string; file?: Blob }): Promise<unknown> {
  if (input.file === undefined) return readJson(input.json ?? "");
  if (input.file.size > MAX_WORKSPACE_UPLOAD_BYTES) throw fileProblem(UPLOAD_TOO_LARGE_MESSAGE);
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  if (!isGzip(bytes)) return readJson(decodeUtf8(bytes));
  return readJson(decodeUtf8(await unpackGzip(bytes)));
}
