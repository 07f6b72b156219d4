import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKED_UP, LEFT_OUT, type BackupContents } from '../../src/backup/contents';
import { openBackup, parseBackup } from '../../src/backup/file';
import { restoreBackup } from '../../src/backup/restore';
import { cliHarness } from '../../src/cli/harness';
import {
  defaultArgon,
  deriveSignInKeys,
  generateIdentity,
  newAuthSalt,
  PASSPHRASE_LABEL,
  ready,
  wrapWithKey,
} from '../../src/crypto/e2e';
import { createLogger } from '../../src/platform/logger';
import { purgeDepsOf, purgeExpired } from '../../src/retention/purge';
import { sealNote, identityOf } from '../../src/notes/test-fixtures';
import { acceptBody, Browser, signIn, type Enrolment } from '../support/console-client';
import { DB_KINDS, openTestDatabase, freshStorage } from '../support/databases';
import { startTestKith } from '../support/kith';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { converse } from '../support/texting';
import { numberForms } from '../support/canary';
import type { Db } from '../../src/db/open';

/** Fictional numbers; the words are placeholders. */
const PERSON = '+12025550187';
const CALLER = '+12025550190';
const ANA = '+12025550111';
const PASSPHRASE = 'ana keeps the line going at night';
const DAY = 24 * 60 * 60_000;

/** What the console makes at joining, in its real format (the key wrapped as e2e.ts wraps it). */
async function consoleEnrolment(signInName: string, passphrase: string): Promise<Enrolment> {
  await ready();
  const me = generateIdentity();
  const authSalt = newAuthSalt();
  const argon = defaultArgon('interactive');
  const { authKey, wrappingKey } = deriveSignInKeys(passphrase, authSalt, argon, true);
  const wrappedKey = wrapWithKey(me.secretKey, wrappingKey, PASSPHRASE_LABEL);
  return {
    signInName,
    passphrase,
    publicKey: me.publicKey,
    privateKey: me.secretKey,
    wrappedKey,
    authSalt,
    argon,
    authKey,
  };
}

/** A week's worth in miniature: texts both ways, a note, an answered call, Ana as coordinator with a real key. */
async function busyLine(kind: (typeof DB_KINDS)[number]): Promise<{ line: Line; ana: Browser }> {
  const line = await startLine(kind);
  await line.addResponder({
    name: 'Ana',
    phone: ANA,
    tier: 'primary',
    roles: ['phone', 'coordinator'],
    behaviour: { kind: 'answer', press: '1', hangUpAfterSeconds: 30 },
  });
  const enrolment = await consoleEnrolment('ana', PASSPHRASE);
  const invited = await line.t.api<{ inviteUrl: string }>(
    'POST',
    `/api/responders/${line.ids.Ana}/invite`,
    undefined,
    line.token,
  );
  const ana = new Browser(line.t.url);
  expect(
    (
      await ana.request(
        'POST',
        '/api/invites/accept',
        acceptBody(new URL(invited.body.inviteUrl).hash.replace('#invite=', ''), enrolment),
      )
    ).status,
  ).toBe(201);
  await converse(line, PERSON, ANA, false);
  const record = sealNote(await identityOf(enrolment), 'placeholder note');
  expect((await ana.request('POST', '/api/notes', { id: record.recordId, callId: null, record })).status).toBe(201);
  line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
  await line.sim.runUntilIdle();
  return { line, ana };
}

async function backupThroughCli(line: Line): Promise<string> {
  const cli = cliHarness({ KITH_URL: line.t.url, KITH_TOKEN: line.token });
  const out = join(cli.configHome, 'line.backup.json');
  try {
    const made = await cli.run('backup', '--out', out);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('1 coordinator(s) can open it');
    return readFileSync(out, 'utf8');
  } finally {
    // The file is read before the folder goes.
    cli.cleanup();
  }
}

const count = async (db: Db, table: 'programs' | 'responders' | 'calls' | 'conversations' | 'credentials') =>
  Number(
    (
      await db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('what a backup holds', () => {
  it('every table is either backed up or left out with a reason', async () => {
    const { db, close } = await openTestDatabase('sqlite');
    try {
      const tables = (await db.kysely.introspection.getTables())
        .map((t) => t.name)
        .filter((n) => !n.startsWith('kysely_'));
      expect([...BACKED_UP, ...Object.keys(LEFT_OUT)].sort()).toEqual(tables.sort());
    } finally {
      await close();
    }
  });
});

describe.each(DB_KINDS)('backup and restore (%s)', (kind) => {
  let line: Line | undefined;
  afterEach(async () => {
    await line?.stop();
    line = undefined;
  });

  it('seals the line to the coordinators, holds no words and no numbers, and a passphrase opens it', async () => {
    const started = await busyLine(kind);
    line = started.line;
    const text = await backupThroughCli(line);
    for (const form of [...numberForms(PERSON), ...numberForms(CALLER)])
      expect(text.includes(form), 'a number in the backup file').toBe(false);
    const file = parseBackup(text);
    expect(file.recipients).toHaveLength(1);
    expect(() => openBackup(file, 'not the passphrase at all')).toThrow('opens no coordinator’s key');
    const contents = JSON.parse(new TextDecoder().decode(openBackup(file, PASSPHRASE))) as BackupContents;
    expect(Object.keys(contents.tables).sort()).toEqual([...BACKED_UP].sort());
    expect(contents.tables.conversations.length).toBe(1);
    expect(
      contents.tables.conversations.every(
        (c) => c.sender_sealed === null && c.sender_index === null && c.state === 'closed',
      ),
    ).toBe(true);
    expect(contents.tables.calls.every((c) => c.caller_leg_ref === null)).toBe(true);
    const plain = JSON.stringify(contents);
    const note = await line.t.kith.ctx.db.kysely.selectFrom('notes').select('sealed').executeTakeFirstOrThrow();
    expect(plain.includes(JSON.parse(note.sealed).ciphertext as string)).toBe(false);
    for (const form of [...numberForms(PERSON), ...numberForms(CALLER)])
      expect(plain.includes(form), 'a number in the backup contents').toBe(false);

    // The header is bound to the contents: a changed header (here its date) no longer opens.
    const tampered = { ...file, createdAt: file.createdAt + 1 };
    expect(() => openBackup(tampered, PASSPHRASE)).toThrow('damaged');
  });

  it('an old backup restored after shredding brings back the line, not what retention destroyed', async () => {
    const started = await busyLine(kind);
    line = started.line;
    const text = await backupThroughCli(line);
    const madeAt = line.clock.now();
    expect(await count(line.t.kith.ctx.db, 'calls')).toBe(1);

    // 200 days on, the live line has shredded the words (30 days) and the evaluation records (180).
    line.clock.advance(200 * DAY);
    await purgeExpired(purgeDepsOf(line.t.kith.ctx));

    const target = await openTestDatabase(kind);
    try {
      const refusedPassphrase = restoreBackup(
        {
          db: target.db.kysely,
          dialect: target.db.dialect,
          dataDir: target.storage.dataDir,
          secretKey: undefined,
          logger: createLogger({ level: 'silent' }),
          now: line.clock.now(),
        },
        text,
        'wrong passphrase here',
      );
      await expect(refusedPassphrase).rejects.toThrow('opens no coordinator’s key');
      const report = await restoreBackup(
        {
          db: target.db.kysely,
          dialect: target.db.dialect,
          dataDir: target.storage.dataDir,
          secretKey: undefined,
          logger: createLogger({ level: 'silent' }),
          now: line.clock.now(),
        },
        text,
        PASSPHRASE,
      );
      expect(report.createdAt).toBe(madeAt);
      expect(report.restored).toMatchObject({ programs: 1, calls: 1, conversations: 1 });
      expect(report.purged.evaluation).toMatchObject({ calls: 1, conversations: 1 });
      expect(await count(target.db, 'calls')).toBe(0);
      expect(await count(target.db, 'conversations')).toBe(0);
      expect(await count(target.db, 'programs')).toBe(1);
      expect(await count(target.db, 'credentials')).toBeGreaterThan(0);

      // A second restore over it is refused, and changes nothing.
      rmSync(join(target.storage.dataDir, 'secret.key'));
      await expect(
        restoreBackup(
          {
            db: target.db.kysely,
            dialect: target.db.dialect,
            dataDir: target.storage.dataDir,
            secretKey: undefined,
            logger: createLogger({ level: 'silent' }),
            now: line.clock.now(),
          },
          text,
          PASSPHRASE,
        ),
      ).rejects.toThrow('already holds a line');
      expect(await count(target.db, 'programs')).toBe(1);
    } finally {
      await target.close();
    }
  });

  it.runIf(kind === 'sqlite')(
    'kith restore into a new folder: Kith starts on it and Ana signs in with her old passphrase, to no notes',
    async () => {
      const started = await busyLine(kind);
      line = started.line;
      const text = await backupThroughCli(line);
      const storage = freshStorage('sqlite');
      const cli = cliHarness({ KITH_DATA_DIR: storage.dataDir });
      try {
        const backupPath = join(cli.configHome, 'b.json');
        const passphrasePath = join(cli.configHome, 'pp');
        writeFileSync(backupPath, text);
        writeFileSync(passphrasePath, `${PASSPHRASE}\n`);
        const missing = await cli.run('restore', backupPath);
        expect(missing.code).toBe(2);
        const restored = await cli.run('restore', backupPath, '--passphrase-file', passphrasePath);
        expect(restored.code, restored.stderr).toBe(0);
        expect(restored.stdout).toContain('Restored the backup made');
        expect(readFileSync(join(storage.dataDir, 'secret.key'), 'utf8').trim()).toBe(
          readFileSync(join(line.t.storage.dataDir, 'secret.key'), 'utf8').trim(),
        );
        const again = await cli.run('restore', backupPath, '--passphrase-file', passphrasePath);
        expect(again.code).toBe(1);
        expect(again.stderr).toContain('already');

        const restoredKith = await startTestKith('sqlite', { storage, ownsStorage: false, clock: line.clock });
        try {
          const browser = new Browser(restoredKith.url);
          expect((await signIn(browser, 'ana', PASSPHRASE)).status).toBe(200);
          const notes = await browser.request<unknown[]>('GET', '/api/notes');
          expect(notes.status).toBe(200);
          expect(notes.body).toEqual([]);
        } finally {
          await restoredKith.stop();
        }
      } finally {
        cli.cleanup();
        await storage.cleanup();
      }
    },
  );
});
