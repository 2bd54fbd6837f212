import { afterEach, describe, expect, it } from "vitest";
import { getEngine } from "@/lib/engine/registry";
import { resetEnvCache } from "@/lib/env";

const saved = { ...process.env };
afterEach(() => {
  for (const k of ["MODEL_BASE_URL", "MODEL_NAME", "MODEL_API_KEY"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  resetEnvCache();
});

function setEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

describe("engine registry", () => {
  it("defaults to the local engine when no model is configured", () => {
    setEnv({ MODEL_BASE_URL: undefined, MODEL_NAME: undefined });
    expect(getEngine().name).toBe("local");
  });

  it("defaults to the LLM engine when MODEL_BASE_URL is set", () => {
    setEnv({ MODEL_BASE_URL: "http://127.0.0.1:9/v1", MODEL_NAME: "qwen-plus" });
    expect(getEngine().name).toBe("llm");
    expect(getEngine("local").name).toBe("local");
  });

  it("uses an explicit config (a workspace's settings) over the environment", () => {
    setEnv({ MODEL_BASE_URL: undefined, MODEL_NAME: undefined });
    expect(getEngine(undefined, { baseURL: "http://127.0.0.1:9/v1", modelName: "deepseek-chat" }).name).toBe("llm");
  });

  it("refuses llm without a model, with a message that says what to set", () => {
    setEnv({ MODEL_BASE_URL: undefined, MODEL_NAME: undefined });
    expect(() => getEngine("llm")).toThrow(expect.objectContaining({ code: "MODEL_NOT_CONFIGURED", message: expect.stringContaining("MODEL_BASE_URL") }));
    setEnv({ MODEL_BASE_URL: "http://127.0.0.1:9/v1", MODEL_NAME: undefined });
    expect(() => getEngine("llm")).toThrow(expect.objectContaining({ code: "MODEL_NOT_CONFIGURED", message: expect.stringContaining("MODEL_NAME") }));
    expect(() => getEngine("llm", { baseURL: "", modelName: "x" })).toThrow(expect.objectContaining({ code: "MODEL_NOT_CONFIGURED" }));
  });
});
