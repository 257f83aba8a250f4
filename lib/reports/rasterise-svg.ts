// Rasterises an uploaded SVG logo to PNG on a worker thread, never on the event loop: a
// hostile SVG can keep resvg busy for minutes, and the request that waits for it must not
// hold up anyone else's. The worker gets a deadline and is terminated when it passes.
//
// The worker runs inline code (`eval: true`) rather than a file: a worker file referenced
// by path would have to survive Next's bundling into .next/, while a string cannot be
// rewritten by the bundler. Its `require` resolves from the working directory (the project
// root under `next start`, `npm run worker`, tsx and vitest), where @resvg/resvg-js is
// installed; next.config.js keeps that package out of the bundle anyway.
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { invalidInput } from "@/lib/errors";
import { LOGO_FIELD, MAX_SVG_CANVAS, SVG_CANVAS_TOO_LARGE } from "./svg-limits";

export const LOGO_TOO_SLOW = "The logo SVG took too long to draw; simplify it or upload a PNG";
export const LOGO_NOT_DRAWABLE = "The logo SVG could not be drawn; save it again as a plain SVG or upload a PNG";
export const LOGO_BUSY = "Other logos are being processed right now; try again in a minute";

export type RasteriseOptions = {
  /** Milliseconds before the worker is terminated. */
  deadlineMs?: number;
  /** The longer side of the PNG, in pixels. */
  maxSide?: number;
  /** Workers allowed at once in this process (one still stuck in native code counts). */
  maxConcurrent?: number;
};

export const DEFAULT_DEADLINE_MS = 5000;
const DEFAULTS = { deadlineMs: DEFAULT_DEADLINE_MS, maxSide: 600, maxConcurrent: 2 };

const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
let Resvg = null;
try {
  Resvg = require("@resvg/resvg-js").Resvg;
} catch (error) {
  parentPort.postMessage({ error: "setup", detail: String(error && error.message) });
}
if (Resvg) {
  const base = { font: workerData.font, logLevel: "off" };
  try {
    const svg = Buffer.from(workerData.svg);
    const probe = new Resvg(svg, base);
    const { width, height } = probe;
    if (!(width > 0 && height > 0 && width <= workerData.maxCanvas && height <= workerData.maxCanvas)) {
      parentPort.postMessage({ error: "canvas" });
    } else {
      const fitTo = width >= height ? { mode: "width", value: workerData.maxSide } : { mode: "height", value: workerData.maxSide };
      const png = new Resvg(svg, { ...base, fitTo }).render().asPng();
      parentPort.postMessage({ png: new Uint8Array(png) });
    }
  } catch {
    parentPort.postMessage({ error: "draw" });
  }
}
`;

type WorkerReply = { png?: Uint8Array; error?: "canvas" | "draw" | "setup"; detail?: string };

let running = 0;

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSansMono.ttf"];

/**
 * Text in a logo is drawn with the DejaVu fonts the project ships (an npm package), never
 * the machine's own: the same logo gives the same PNG on every server, fonts or not.
 * A font the SVG names that is not there falls back to DejaVu Sans.
 */
export function logoFontOptions() {
  const fontFiles = FONT_FILES.map((file) => path.join(FONT_DIR, file)).filter((file) => existsSync(file));
  return {
    loadSystemFonts: false,
    fontFiles,
    defaultFontFamily: "DejaVu Sans",
    sansSerifFamily: "DejaVu Sans",
    serifFamily: "DejaVu Serif",
    monospaceFamily: "DejaVu Sans Mono",
  };
}

/** Draws a validated SVG as a PNG whose longer side is `maxSide`; failures are field errors on the logo. */
export function rasteriseSvg(svg: Buffer, options: RasteriseOptions = {}): Promise<Buffer> {
  const { deadlineMs, maxSide, maxConcurrent } = { ...DEFAULTS, ...options };
  if (running >= maxConcurrent) return Promise.reject(invalidInput(LOGO_FIELD, LOGO_BUSY));
  running += 1;
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    execArgv: [],
    workerData: { svg: new Uint8Array(svg), maxSide, maxCanvas: MAX_SVG_CANVAS, font: logoFontOptions() },
    resourceLimits: { maxOldGenerationSizeMb: 64 },
  });
  // Counted until the thread is really gone: terminate() cannot interrupt native code.
  worker.once("exit", () => (running -= 1));
  return new Promise<Buffer>((resolve, reject) => {
    let done = false;
    // A reply settles once the thread is gone (so it no longer counts); the deadline at once.
    const settle = (outcome: () => void, waitForExit: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const terminated = worker.terminate();
      if (waitForExit) void terminated.then(outcome, outcome);
      else outcome();
    };
    const fail = (message: string, waitForExit = true) => settle(() => reject(invalidInput(LOGO_FIELD, message)), waitForExit);
    const timer = setTimeout(() => fail(LOGO_TOO_SLOW, false), deadlineMs);
    worker.once("message", (reply: WorkerReply) => {
      if (reply.png) settle(() => resolve(Buffer.from(reply.png!)), true);
      // Not the SVG's fault: the server cannot load resvg (an ordinary error, logged by the caller's wrapper).
      else if (reply.error === "setup") settle(() => reject(new Error(`The SVG rasteriser could not start: ${reply.detail}`)), true);
      else fail(reply.error === "canvas" ? SVG_CANVAS_TOO_LARGE : LOGO_NOT_DRAWABLE);
    });
    // Kept after settling: an 'error' without a listener (out of memory after the deadline, say) would crash the process.
    worker.on("error", () => fail(LOGO_NOT_DRAWABLE));
    worker.once("exit", () => fail(LOGO_NOT_DRAWABLE));
  });
}
