import { describe, expect, it } from "vitest";
import { check, fix } from "./helpers";

describe("spacing between Chinese and Latin letters or digits (style, off by default)", () => {
  it("is off by default", () => {
    expect(check("用React写代码")).toEqual([]);
  });

  it("inserts spaces when asked", () => {
    expect(fix("用React写了3个组件", { spacing: true })).toBe("用 React 写了 3 个组件");
    const found = check("用React写", { spacing: true });
    expect(found.every((s) => s.kind === "style" && s.original === "" && s.start === s.end)).toBe(true);
  });

  it("leaves already spaced text alone", () => {
    expect(check("用 React 写了 3 个组件", { spacing: true })).toEqual([]);
  });
});
