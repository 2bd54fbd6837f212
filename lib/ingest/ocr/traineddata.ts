/**
 * The trained data comes from npm (@tesseract.js-data/chi_sim and /eng): nothing is downloaded at run
 * time. tesseract.js reads `<langPath>/<code>.traineddata.gz` from one directory, and each package keeps
 * its file in its own, so a directory of links to both is made once under node_modules/.cache.
 */
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const OCR_LANGS = ["chi_sim", "eng"] as const;
/** LSTM-only integer models: what tesseract.js uses by default, smaller and faster than the legacy+LSTM set. */
const VARIANT = "4.0.0_best_int";

function packageFile(code: string): string {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const dir = path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`));
  return path.join(dir, VARIANT, `${code}.traineddata.gz`);
}

let cached: string | undefined;

export function langPath(): string {
  if (cached) return cached;
  const dir = path.join(process.cwd(), "node_modules", ".cache", "jiyao-tessdata", VARIANT);
  mkdirSync(dir, { recursive: true });
  for (const code of OCR_LANGS) {
    const target = path.join(dir, `${code}.traineddata.gz`);
    if (existsSync(target)) continue;
    const source = packageFile(code);
    try {
      symlinkSync(source, target);
    } catch {
      // Another process made it meanwhile, or the file system has no links: a copy does the same.
      if (!existsSync(target)) copyFileSync(source, target);
    }
  }
  cached = dir;
  return dir;
}
