// Test support: runs the CLI in-process against a real Kith server, capturing output.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueSetupTokenIfNeeded } from '../setup/service';
import type { TestKith } from '../../test/support/kith';
import { runCli } from './run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliHarness {
  /** Where the credentials file lives for this harness (XDG_CONFIG_HOME). */
  configHome: string;
  env: Record<string, string | undefined>;
  /** Stands for a person at a terminal answering y/N; undefined (the default) is no terminal. */
  confirm: ((question: string) => Promise<boolean>) | undefined;
  run(...argv: string[]): Promise<CliResult>;
  cleanup(): void;
}

export function cliHarness(extraEnv: Record<string, string> = {}): CliHarness {
  const configHome = mkdtempSync(join(tmpdir(), 'kith-cli-'));
  // HOME points into the temp folder too, so nothing can ever touch the real ~/.config.
  const env: Record<string, string | undefined> = { XDG_CONFIG_HOME: configHome, HOME: configHome, ...extraEnv };
  const harness: CliHarness = {
    configHome,
    env,
    confirm: undefined,
    async run(...argv) {
      let stdout = '';
      let stderr = '';
      const confirm = harness.confirm;
      const code = await runCli(argv, {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        env,
        ...(confirm ? { confirm } : {}),
      });
      return { code, stdout, stderr };
    },
    cleanup: () => rmSync(configHome, { recursive: true, force: true }),
  };
  return harness;
}

/** First-run setup through `kith setup`, as an operator would do it. */
export async function setupThroughCli(t: TestKith, cli: CliHarness, ...extra: string[]): Promise<CliResult> {
  const token = await issueSetupTokenIfNeeded({ db: t.kith.ctx.db.kysely, clock: t.clock, keys: t.kith.ctx.keys });
  if (!token) throw new Error('setup already done');
  const result = await cli.run(
    'setup',
    '--url',
    t.url,
    '--token',
    token,
    '--program',
    'Northside Care Line',
    '--name',
    'Sam',
    ...extra,
  );
  if (result.code !== 0) throw new Error(`kith setup failed: ${result.stderr}`);
  return result;
}

export function expectJson<T>(result: CliResult): T {
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
