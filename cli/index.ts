/**
 * The `jiyao` command line: `npm run -s jiyao -- <command> …`.
 * parse | analyze | ask | eval | proofread | quiz | write | outline. Outside checks call these: keep their interfaces exactly as documented.
 * Exit codes: 0 ok, 2 bad input (message on stderr), 1 anything else.
 */
import { AppError } from "@/lib/errors";

const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  parse: () => import("./commands/parse"),
  analyze: () => import("./commands/analyze"),
  ask: () => import("./commands/ask"),
  eval: () => import("./commands/eval"),
  proofread: () => import("./commands/proofread"),
  quiz: () => import("./commands/quiz"),
  outline: () => import("./commands/outline"),
  write: () => import("./commands/write"),
};

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: jiyao <${Object.keys(COMMANDS).join("|")}> …\n`);
    return 2;
  }
  try {
    return await (await load()).run(rest);
  } catch (e) {
    if (e instanceof AppError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

main().then((code) => process.exit(code));
