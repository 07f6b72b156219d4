import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../program/defaults';
import type { Program } from '../program/types';
import { personText } from './texts';

const program = (grace: number): Program => {
  const settings = defaultSettings('Northside Care Line');
  return {
    ...settings,
    texting: { ...settings.texting, numberGraceHours: grace },
    id: 'prg_x',
    createdAt: 0,
    updatedAt: 0,
  };
};

describe('the first reply', () => {
  it('says, in plain words, never police, who reads, the hours and when the number is forgotten, and offers the other language', () => {
    const text = personText(program(4), 'en', 'firstReply');
    expect(text).toContain('We never call the police.');
    expect(text).toContain('Only our team can read your messages.');
    expect(text).toContain('every day, at any hour');
    expect(text).toContain('We forget your number 4 hours after we finish talking.');
    expect(text).toContain('Para español, responda ESPAÑOL.');
    expect(text).toContain('We are not an emergency medical service.');
  });

  it('says it right for one hour and for none, and in Spanish', () => {
    expect(personText(program(1), 'en', 'firstReply')).toContain(
      'We forget your number one hour after we finish talking.',
    );
    expect(personText(program(0), 'en', 'firstReply')).toContain('We forget your number as soon as we finish talking.');
    const es = personText(program(4), 'es', 'firstReply');
    expect(es).toContain('Nunca llamamos a la policía.');
    expect(es).toContain('Olvidamos su número 4 horas después de terminar la conversación.');
    expect(es).toContain('For English, reply ENGLISH.');
  });
});
