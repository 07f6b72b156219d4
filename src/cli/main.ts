// The `kith` entry point (bin/kith.mjs and `npm run kith` load this file): it only wires runCli to
// the real process, so tests can run every command in-process through runCli itself.
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
