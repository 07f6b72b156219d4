import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acceptBody, Browser, inviteToken, makeEnrolment } from '../../test/support/console-client';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { argonPolicy, productionArgon, useArgonPolicyForTests } from './argon-policy';
import { ready } from './e2e';

const MiB = 1024 * 1024;
const SRC = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('Argon2id parameters: production keeps the strong ones', () => {
  let kith: TestKith | undefined;
  beforeAll(ready);
  afterEach(async () => {
    await kith?.stop();
    kith = undefined;
  });

  it('are libsodium moderate for new accounts and interactive to sensitive accepted, unless a test chose others', () => {
    const moderate = { opslimit: 3, memlimit: 256 * MiB };
    expect(productionArgon()).toEqual({
      enrol: moderate,
      min: { opslimit: 2, memlimit: 64 * MiB },
      max: { opslimit: 4, memlimit: 1024 * MiB },
    });
    expect(argonPolicy()).toEqual(productionArgon());
  });

  it('can be changed only by a call that nothing under src/ makes (no setting or environment variable reaches them)', () => {
    const callers = filesUnder(SRC)
      .filter((file) => readFileSync(file, 'utf8').includes('useArgonPolicyForTests'))
      .map((file) => relative(SRC, file))
      .sort();
    expect(callers).toEqual(['crypto/argon-policy.test.ts', 'crypto/argon-policy.ts']);
  });

  it('a server started as production starts it hands out moderate and refuses less than interactive', async () => {
    // A server with cheap parameters first, in this same process: the next one must not inherit them.
    kith = await startTestKith('sqlite', { cheapArgon: true });
    expect(argonPolicy().enrol.opslimit).toBe(1);
    await kith.stop();
    kith = await startTestKith('sqlite');
    const start = await kith.api<{ argon: unknown }>('POST', '/api/session/start', { signInName: 'nobody.yet' });
    expect(start.body.argon).toEqual({ opslimit: 3, memlimit: 256 * MiB });

    const { token, coordinatorId } = await kith.setup();
    const invite = await kith.api<{ inviteUrl: string }>(
      'POST',
      `/api/responders/${coordinatorId}/invite`,
      undefined,
      token,
    );
    const cheap = {
      ...(await makeEnrolment('cheap.one', 'a long enough passphrase')),
      argon: { opslimit: 1, memlimit: 8192 },
    };
    const accepted = await new Browser(kith.url).request<{ error?: { fields?: { field: string }[] } }>(
      'POST',
      '/api/invites/accept',
      acceptBody(inviteToken(invite.body.inviteUrl), cheap),
    );
    expect(accepted.status).toBe(422);
    expect(accepted.body.error?.fields?.map((f) => f.field).sort()).toEqual(['/argon/memlimit', '/argon/opslimit']);
  });

  it('a test may swap them for its own process, and go back', () => {
    useArgonPolicyForTests({ ...productionArgon(), enrol: { opslimit: 1, memlimit: 8192 } });
    expect(argonPolicy().enrol).toEqual({ opslimit: 1, memlimit: 8192 });
    useArgonPolicyForTests(undefined);
    expect(argonPolicy()).toEqual(productionArgon());
  });
});
