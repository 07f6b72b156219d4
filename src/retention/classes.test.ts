import { describe, expect, it } from 'vitest';
import { RETENTION_DEFAULTS, validateRetention } from '../program/retention';
import { TEXTING_DEFAULTS } from '../program/texting';
import { daysToMs, HOUR_MS, RETENTION_CLASSES, SETTABLE_CLASSES } from './classes';

const hours = (days: number) => daysToMs(days) / HOUR_MS;

describe('retention periods, pinned in hours', () => {
  it('words: 30 days = 720 h by default, 24 h to 2160 h', () => {
    expect(hours(RETENTION_DEFAULTS.wordsDays)).toBe(720);
    expect(hours(SETTABLE_CLASSES.words.minDays)).toBe(24);
    expect(hours(SETTABLE_CLASSES.words.maxDays)).toBe(2160);
  });

  it('evaluation: 180 days = 4320 h by default, 168 h to 8760 h', () => {
    expect(hours(RETENTION_DEFAULTS.evaluationDays)).toBe(4320);
    expect(hours(SETTABLE_CLASSES.evaluation.minDays)).toBe(168);
    expect(hours(SETTABLE_CLASSES.evaluation.maxDays)).toBe(8760);
  });

  it('blocks: 90 days = 2160 h by default, 24 h to 8760 h', () => {
    expect(hours(RETENTION_DEFAULTS.blocksDays)).toBe(2160);
    expect(hours(SETTABLE_CLASSES.blocks.minDays)).toBe(24);
    expect(hours(SETTABLE_CLASSES.blocks.maxDays)).toBe(8760);
  });

  it('live contact details: the texting grace, 4 h by default (enforced by the texting sweep)', () => {
    expect(TEXTING_DEFAULTS.numberGraceHours).toBe(4);
    expect(RETENTION_CLASSES.liveContact?.enforcedBy).toContain('src/conversations/sweep.ts');
  });

  it('one day is 86 400 000 ms', () => {
    expect(daysToMs(1)).toBe(86_400_000);
    expect(HOUR_MS).toBe(3_600_000);
  });
});

describe('retention classes cover every table', () => {
  it('lists each table that holds something about people, once', () => {
    const tables = Object.values(RETENTION_CLASSES).flatMap((c) => c.tables.map((t) => t.split('.')[0]));
    for (const table of [
      'conversation_messages',
      'message_readers',
      'notes',
      'note_readers',
      'access_records',
      'calls',
      'call_legs',
      'conversations',
      'sms_opt_outs',
      'blocked_senders',
      'sender_keys',
      'provider_deletions',
      'sessions',
      'responders',
      'members',
      'member_peers',
      'member_check_ins',
      'member_join_codes',
      'member_codes',
      'member_places',
      'member_texts_seen',
    ]) {
      expect(tables).toContain(table);
    }
  });
});

describe('validateRetention', () => {
  it('accepts the defaults and the bounds', () => {
    expect(validateRetention(RETENTION_DEFAULTS)).toEqual([]);
    expect(validateRetention({ wordsDays: 1, evaluationDays: 7, blocksDays: 1 })).toEqual([]);
    expect(validateRetention({ wordsDays: 90, evaluationDays: 365, blocksDays: 365 })).toEqual([]);
  });

  it('names every field out of bounds or not whole', () => {
    const fields = validateRetention({ wordsDays: 91, evaluationDays: 6, blocksDays: 1.5 }).map((p) => p.field);
    expect(fields).toEqual(['/retention/wordsDays', '/retention/evaluationDays', '/retention/blocksDays']);
    expect(validateRetention({ ...RETENTION_DEFAULTS, wordsDays: 0 }).map((p) => p.field)).toEqual([
      '/retention/wordsDays',
    ]);
  });
});
