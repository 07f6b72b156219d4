import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BackupError } from '../backup/file';
import { restoreBackup } from '../backup/restore';
import { parseConfig } from '../config/config';
import { openDatabase } from '../db/open';
import { createLogger } from '../platform/logger';
import { CommandRefused, UsageError, str, type Command } from './command';
import { when } from './format';

const backup: Command = {
  name: 'backup',
  summary: 'Save a backup of the line, sealed so only a coordinator’s passphrase opens it',
  options: { out: { type: 'string', value: 'FILE', help: 'Where to write it (default kith-backup-<date>.json here)' } },
  details: [
    'It holds the program’s settings, the team (with their sign-in keys as Kith holds them), shifts,',
    'and call and conversation records without words or numbers. It never holds a note, a message or',
    'a caller’s number: those are shredded on schedule, and a backup must not bring them back.',
    'Keep it somewhere only coordinators can reach; restore it with kith restore.',
  ].join('\n'),
  async run(ctx) {
    const file = await ctx.client().backup();
    const out = resolve(str(ctx, 'out') ?? `kith-backup-${new Date(file.createdAt).toISOString().slice(0, 10)}.json`);
    writeFileSync(out, JSON.stringify(file), { mode: 0o600, flag: 'wx' });
    if (ctx.json) return ctx.printJson({ path: out, createdAt: file.createdAt, recipients: file.recipients.length });
    ctx.print(`Backup written to ${out}. ${file.recipients.length} coordinator(s) can open it with their passphrase.`);
  },
};

function readText(path: string, what: string): string {
  try {
    return readFileSync(resolve(path), 'utf8');
  } catch (error) {
    throw new CommandRefused(
      `cannot read ${what} at ${resolve(path)} (${error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'})`,
    );
  }
}

const restore: Command = {
  name: 'restore',
  summary: 'Restore a backup into a new, empty data folder or database (Kith must not be running on it)',
  args: ['FILE'],
  ownConnection: true,
  options: {
    'passphrase-file': {
      type: 'string',
      value: 'FILE',
      help: 'A file holding a coordinator’s passphrase (required; delete it afterwards)',
    },
  },
  details: [
    'Uses the same settings as Kith itself: KITH_DATA_DIR (default ./data) or DATABASE_URL.',
    'Refuses a folder or database that already holds a line. Records whose retention ran out since',
    'the backup was made are deleted at once. Then start Kith as usual.',
    '',
    'Example: KITH_DATA_DIR=/srv/kith-new kith restore kith-backup-2026-11-23.json --passphrase-file ~/pp',
  ].join('\n'),
  async run(ctx) {
    const passphraseFile = str(ctx, 'passphrase-file');
    if (passphraseFile === undefined)
      throw new UsageError('Give a coordinator’s passphrase with --passphrase-file FILE');
    const config = parseConfig(ctx.io.env);
    const text = readText(ctx.args[0] ?? '', 'the backup');
    const passphrase = readText(passphraseFile, 'the passphrase file').replace(/\r?\n$/, '');
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const logger = createLogger({ level: 'silent' });
      const report = await restoreBackup(
        {
          db: db.kysely,
          dialect: db.dialect,
          dataDir: config.dataDir,
          secretKey: config.secretKey,
          logger,
          now: ctx.now(),
        },
        text,
        passphrase,
      );
      if (ctx.json) return ctx.printJson(report);
      const purged = report.purged.evaluation.calls + report.purged.evaluation.conversations + report.purged.blocks;
      ctx.print(
        `Restored the backup made ${when(report.createdAt)}: ${report.restored.responders ?? 0} people, ${report.restored.calls ?? 0} call records, ${report.restored.conversations ?? 0} conversation records.`,
        `${purged} records whose retention ran out since then were deleted again.`,
        ...(report.secretWrittenTo ? [`The line’s key was written to ${report.secretWrittenTo}.`] : []),
        'Start Kith on it as usual. Everyone signs in with the passphrase they had when the backup was made.',
      );
    } catch (error) {
      if (error instanceof BackupError) throw new CommandRefused(error.message);
      throw error;
    } finally {
      await db.close();
    }
  },
};

export const backupCommands: Command[] = [backup, restore];
