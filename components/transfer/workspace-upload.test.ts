import { randomBytes } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { prepareWorkspaceUpload } from "./workspace-upload";

const bytesOf = async (blob: Blob) => Buffer.from(await blob.arrayBuffer());

describe("prepareWorkspaceUpload", () => {
  it("compresses a plain JSON file before it is sent", async () => {
    const text = JSON.stringify({ format: "realised-workspace", investments: Array.from({ length: 500 }, (_, i) => ({ name: `Project ${i}` })) }, null, 2);
    const prepared = await prepareWorkspaceUpload(new Blob([text]));
    if (!prepared.ok) throw new Error("refused");
    expect(prepared.file.size).toBeLessThan(text.length / 5);
    expect(gunzipSync(await bytesOf(prepared.file)).toString("utf8")).toBe(text);
  });

  it("sends a .json.gz as it is", async () => {
    const file = new Blob([gzipSync("{}")]);
    expect(await prepareWorkspaceUpload(file)).toEqual({ ok: true, file });
  });

  it("refuses what stays over 20 MB even compressed, naming the limit", async () => {
    expect(await prepareWorkspaceUpload(new Blob([randomBytes(20 * 1024 * 1024 + 1)]))).toEqual({ ok: false, problem: "compressedTooLarge", limitMb: 20 });
  });
});
