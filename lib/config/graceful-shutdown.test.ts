import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGracefulServer, type GracefulServer } from "./graceful-shutdown";

const started: GracefulServer[] = [];
afterEach(() => {
  for (const { server } of started.splice(0)) server.closeAllConnections();
});

/** A server whose requests wait until the test releases them. */
async function startServer() {
  const waiting: (() => void)[] = [];
  let arrived = 0;
  const graceful = createGracefulServer((_req, res) => {
    arrived++;
    waiting.push(() => res.end("done"));
  });
  started.push(graceful);
  await new Promise<void>((resolve) => graceful.server.listen(0, "127.0.0.1", resolve));
  const { port } = graceful.server.address() as net.AddressInfo;
  return { ...graceful, port, arrived: () => arrived, releaseAll: () => waiting.splice(0).forEach((release) => release()) };
}

function get(port: number, agent?: http.Agent) {
  return new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", agent }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
      })
      .on("error", reject);
  });
}

function connects(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.on("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

async function until(condition: () => boolean) {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met within 10 s");
    await new Promise((r) => setImmediate(r));
  }
}

// The keep-alive timeout is set far beyond the test timeout: closing must not wait for it.
const keepAlive = () => new http.Agent({ keepAlive: true });

describe("createGracefulServer", () => {
  it("refuses new connections but lets the request in flight finish, then closes", async () => {
    const { server, close, port, arrived, releaseAll } = await startServer();
    server.keepAliveTimeout = 60_000;
    const inFlight = get(port, keepAlive());
    await until(() => arrived() === 1);

    let closed = false;
    const closing = close({ timeoutMs: 60_000 }).then((result) => {
      closed = true;
      return result;
    });
    expect(await connects(port)).toBe(false);
    expect(closed).toBe(false);

    releaseAll();
    expect(await inFlight).toEqual({ status: 200, body: "done", connection: "close" });
    expect(await closing).toEqual({ forced: false });
  });

  it("closes idle keep-alive connections at once", async () => {
    const { server, close, port, arrived, releaseAll } = await startServer();
    server.keepAliveTimeout = 60_000;
    const first = get(port, keepAlive());
    await until(() => arrived() === 1);
    releaseAll();
    expect(await first).toMatchObject({ status: 200, connection: "keep-alive" });
    expect(await close({ timeoutMs: 60_000 })).toEqual({ forced: false });
  });

  it("cuts requests that outlast the timeout", async () => {
    const { close, port, arrived } = await startServer();
    const stuck = get(port).catch((error: Error) => error);
    await until(() => arrived() === 1);
    expect(await close({ timeoutMs: 50 })).toEqual({ forced: true });
    expect(await stuck).toBeInstanceOf(Error);
  });
});
