import { createRequire } from "node:module";
import os from "node:os";
import { describe, expect, it } from "vitest";

const config = createRequire(import.meta.url)("../../../next.config.js") as {
  allowedDevOrigins: string[];
  experimental: { serverActions: { bodySizeLimit: string } };
};

describe("next.config.js", () => {
  it("caps server action bodies at 1 MB (uploads have their own streamed route)", () => {
    expect(config.experimental.serverActions.bodySizeLimit).toBe("1mb");
  });

  it("lets the dev server be opened at 127.0.0.1 and by the machine's own name", () => {
    expect(config.allowedDevOrigins).toEqual(expect.arrayContaining(["127.0.0.1", os.hostname()]));
  });
});
