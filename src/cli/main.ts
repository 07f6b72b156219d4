// The `kith` entry point (bin/kith.mjs and `npm run kith` load this file): it only wires runCli to
// the real process, so tests can run every command in-process through runCli itself.
import { createInterface } from 'node:readline/promises';
import { runCli } from './run';

/** y/N on the terminal: only a typed "y" or "yes" is a yes. */
async function confirm(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await terminal.question(`${question} [y/N] `)).trim());
  } finally {
    terminal.close();
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  ...(process.stdin.isTTY ? { confirm } : {}),
});
