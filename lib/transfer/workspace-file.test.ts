import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { MAX_WORKSPACE_JSON_BYTES } from "./schemas";
import {
  JSON_TOO_LARGE_MESSAGE,
  NOT_GZIP_MESSAGE,
  NOT_UTF8_MESSAGE,
  UPLOAD_TOO_LARGE_MESSAGE,
  readWorkspaceFile,
} from "./workspace-file";

const document = { format: "realised-workspace", version: 1, investments: [{ note: "café\nline" }] };
const text = JSON.stringify(document, null, 2);

async function problemOf(input: { json?: string; file?: Blob }) {
  try {
    await readWorkspaceFile(input);
  } catch (error) {
    return (error as AppError).fieldErrors._file;
  }
  throw new Error("expected a refusal");
}

describe("readWorkspaceFile", () => {
  it("reads text, a plain file and a gzip-compressed one (told apart by its first bytes) alike", async () => {
    expect(await readWorkspaceFile({ json: text })).toEqual(document);
    expect(await readWorkspaceFile({ file: new Blob([text]) })).toEqual(document);
    expect(await readWorkspaceFile({ file: new Blob([gzipSync(text)], { type: "application/json" }) })).toEqual(document);
  });

  it("refuses broken gzip, text that is not UTF-8, and files over the limits, naming the limit", async () => {
    expect(await problemOf({ file: new Blob([gzipSync(text).subarray(0, 20)]) })).toEqual([NOT_GZIP_MESSAGE]);
    expect(await problemOf({ file: new Blob([Uint8Array.of(0x7b, 0xff, 0x7d)]) })).toEqual([NOT_UTF8_MESSAGE]);
    expect(await problemOf({ file: new Blob([gzipSync(Buffer.alloc(MAX_WORKSPACE_JSON_BYTES + 1, " "))]) })).toEqual([JSON_TOO_LARGE_MESSAGE]);
    expect(await problemOf({ file: new Blob([new Uint8Array(20 * 1024 * 1024 + 1)]) })).toEqual([UPLOAD_TOO_LARGE_MESSAGE]);
    expect(await problemOf({ json: "{ nope" })).toEqual([expect.stringMatching(/not valid JSON/)]);
    // Packing 128 MB for the bomb takes a moment on a busy machine.
  }, 30_000);

  it("has every refusal in Dutch", () => {
    for (const message of [UPLOAD_TOO_LARGE_MESSAGE, JSON_TOO_LARGE_MESSAGE, NOT_GZIP_MESSAGE, NOT_UTF8_MESSAGE]) {
      expect(translateServerMessage(message, "nl"), message).not.toBe(message);
    }
  });
});
