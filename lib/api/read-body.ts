import { readUntrustedJson } from "@/lib/shared/untrusted-json";
import { ApiProblem } from "./problem";

/** The default cap on an API request body: a batch of 1,000 months with notes fits. */
export const API_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads a JSON body: the content type must be JSON, the body at most `limit` bytes
 * (counted while streaming, so a missing or false Content-Length does not get around it),
 * and it must parse. Each refusal is its own problem.
 */
export async function readJsonBody(request: Request, limit = API_BODY_LIMIT_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!JSON_TYPE.test(type)) {
    throw new ApiProblem("unsupported-media-type", `Send the body as application/json (got ${type ? `"${type.slice(0, 100)}"` : "no Content-Type"})`);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const text = await readCapped(request, limit);
  if (text.trim() === "") throw new ApiProblem("malformed-json", "The request body is empty; send a JSON document");
  const reading = readUntrustedJson(text);
  if (reading.ok) return reading.value;
  if ("syntaxError" in reading) throw new ApiProblem("malformed-json", `The body is not valid JSON: ${reading.syntaxError}`);
  throw new ApiProblem("invalid-input", reading.problem.message, {
    errors: [{ path: reading.problem.path.join("."), message: reading.problem.message }],
  });
}

const tooLarge = (limit: number) =>
  new ApiProblem("payload-too-large", `The body is larger than ${Math.round(limit / 1024)} kB`, { limitBytes: limit });

async function readCapped(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiProblem("malformed-json", "The body is not valid UTF-8");
  }
}
