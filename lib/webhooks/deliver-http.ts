import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import { addressRefusal, type DeliveryPolicy } from "./address-policy";
import { webhookUrlProblem } from "./schemas";

// One delivery attempt over HTTP, made safe for a URL a customer typed: the address is
// checked after DNS (in `lookup`, and again on the connected socket before a byte is
// sent), redirects are not followed (a redirect could point anywhere), the whole attempt
// has a deadline, and only the first 4 kB of the answer are read.

export const USER_AGENT = "Realised-Webhooks/1";
/** The whole attempt: connect, TLS, send and the answer's first bytes. */
export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_REQUEST_BYTES = 256 * 1024;
export const MAX_RESPONSE_BYTES = 4 * 1024;

export type HttpAttempt = {
  /** 2xx: the receiver took it. */
  ok: boolean;
  statusCode: number | null;
  /** Why it failed (refused address, timeout, connection error, redirect, the receiver's answer); null on success. */
  error: string | null;
  /** The answer's first 4 kB (with "…" when there was more). */
  responseBody: string;
  durationMs: number;
};

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup, keeping only the addresses the policy allows; none left is an error naming the first refused one. */
export function guardedLookup(policy: DeliveryPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      const list = addresses as LookupAddress[];
      const allowed = list.filter((a) => addressRefusal(a.address, policy) === null);
      if (allowed.length === 0) {
        const refusal = list.length > 0 ? addressRefusal(list[0].address, policy) : "it has no address";
        return callback(Object.assign(new Error(`Refused ${hostname}: ${refusal}`), { code: "EWEBHOOKADDRESS" }), "");
      }
      if (options.all) return callback(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);
const stripBrackets = (host: string) => (host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host);

/** POSTs `body` to `url` with `headers` (plus JSON content type and our User-Agent). Never throws. */
export function postWebhook(input: {
  url: string;
  body: string;
  headers: Record<string, string>;
  policy: DeliveryPolicy;
  timeoutMs?: number;
}): Promise<HttpAttempt> {
  const started = performance.now();
  const elapsed = () => Math.max(0, Math.round(performance.now() - started));
  const failure = (error: string, statusCode: number | null = null, responseBody = ""): HttpAttempt => ({ ok: false, statusCode, error, responseBody, durationMs: elapsed() });

  const urlProblem = webhookUrlProblem(input.url, input.policy);
  if (urlProblem) return Promise.resolve(failure(urlProblem));
  const bytes = Buffer.byteLength(input.body, "utf8");
  if (bytes > MAX_REQUEST_BYTES) return Promise.resolve(failure(`The event is ${bytes} bytes; webhooks carry at most ${MAX_REQUEST_BYTES}`));
  const url = new URL(input.url);
  const host = stripBrackets(url.hostname);
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return new Promise<HttpAttempt>((resolve) => {
    let settled = false;
    const finish = (attempt: HttpAttempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(attempt);
    };
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request({
      method: "POST",
      protocol: url.protocol,
      hostname: host,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers: {
        ...input.headers,
        "content-type": "application/json",
        "content-length": String(bytes),
        "user-agent": USER_AGENT,
      },
      // A fresh connection each time: a pooled socket would skip the address check.
      agent: false,
      lookup: guardedLookup(input.policy) as never,
    });
    const timer = setTimeout(() => request.destroy(new Error(`No answer within ${timeoutMs / 1000} s`)), timeoutMs);

    // Literal IP hosts skip `lookup`, so the connected address is checked once more here,
    // before the request (headers and body) is written: nothing is sent to a refused address.
    request.on("socket", (socket: Socket) => {
      const send = () => {
        const refusal = socket.remoteAddress ? addressRefusal(socket.remoteAddress, input.policy) : "an unknown address";
        if (refusal) request.destroy(new Error(`Refused the connection: ${refusal}`));
        else request.end(input.body);
      };
      if (socket.connecting) socket.once("connect", send);
      else send();
    });
    request.on("error", (error) => finish(failure(error.message)));
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      let more = false;
      const done = () => {
        const text = Buffer.concat(chunks).toString("utf8").slice(0, MAX_RESPONSE_BYTES);
        const responseBody = more ? `${text}…` : text;
        if (status >= 200 && status < 300) return finish({ ok: true, statusCode: status, error: null, responseBody, durationMs: elapsed() });
        if (status >= 300 && status < 400) {
          const location = response.headers.location ? ` (Location: ${truncate(response.headers.location, 500)})` : "";
          return finish(failure(`Redirects are not followed${location}`, status, responseBody));
        }
        finish(failure(responseBody ? `HTTP ${status}: ${responseBody}` : `HTTP ${status}`, status, responseBody));
      };
      response.on("data", (chunk: Buffer) => {
        if (size >= MAX_RESPONSE_BYTES) return;
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_RESPONSE_BYTES) {
          more = size > MAX_RESPONSE_BYTES || !response.complete;
          done();
          response.destroy();
        }
      });
      response.on("end", done);
      response.on("error", (error) => finish(failure(error.message, status)));
    });
  });
}
