import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { REQUEST_BODY_LIMIT, REQUEST_BODY_LIMIT_BYTES } from "./body-limit";

type ConfigWithLimits = { experimental?: { serverActions?: { bodySizeLimit?: string }; proxyClientMaxBodySize?: string } };

describe("request body limit", () => {
  it("is the limit next.config.js gives server actions and the proxy's body buffer", async () => {
    const file = pathToFileURL(path.resolve(import.meta.dirname, "../../next.config.js")).href;
    const config = ((await import(file)) as { default: ConfigWithLimits }).default;
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe(REQUEST_BODY_LIMIT);
    expect(config.experimental?.proxyClientMaxBodySize).toBe(REQUEST_BODY_LIMIT);
  });

  it("counts megabytes the way Next.js parses them (1 MB = 1024 × 1024 bytes)", () => {
    expect(REQUEST_BODY_LIMIT).toBe(`${REQUEST_BODY_LIMIT_BYTES / 1024 / 1024}mb`);
  });
});
