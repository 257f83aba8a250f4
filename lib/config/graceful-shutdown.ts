import http from "node:http";

export type GracefulServer = {
  server: http.Server;
  /**
   * Stops accepting connections at once, closes idle keep-alive connections, lets the
   * requests in flight finish (their responses ask the client to close, and their
   * connections are closed as soon as they are done) and after `timeoutMs` cuts what
   * is still open. Resolves once the server is closed; `forced` tells whether it had to.
   */
  close: (options: { timeoutMs: number }) => Promise<{ forced: boolean }>;
};

/** An HTTP server that can shut down without dropping the requests it is serving. */
export function createGracefulServer(handler: http.RequestListener): GracefulServer {
  let closing = false;
  const inFlight = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    inFlight.add(res);
    res.on("close", () => {
      inFlight.delete(res);
      // A finished response leaves its keep-alive connection idle: close it now rather
      // than after the keep-alive timeout.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    if (closing) res.setHeader("Connection", "close");
    handler(req, res);
  });

  function close(options: { timeoutMs: number }) {
    return new Promise<{ forced: boolean }>((resolve) => {
      closing = true;
      let forced = false;
      for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
      const timer = setTimeout(() => {
        forced = true;
        server.closeAllConnections();
      }, options.timeoutMs);
      timer.unref();
      server.close(() => {
        clearTimeout(timer);
        resolve({ forced });
      });
      server.closeIdleConnections();
    });
  }

  return { server, close };
}
