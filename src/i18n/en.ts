import type { Catalog } from './catalog';

export const en: Catalog = {
  greeting: 'You have reached {program}, a community support line.',
  languageChoice: 'For English, press {digit}.',
  disclosures:
    'This line never calls the police. No one will come to you unless you ask. Your call is not recorded. {scope} We answer {hours}.',
  scopeIntro: 'We can help with',
  scope: {
    emergency: 'an emergency',
    crisis: 'a crisis',
    prevention: 'planning ahead to stay safe',
    aftercare: 'support after a crisis',
  },
  notEmergencyService: 'We are not an emergency medical service.',
  offHours:
    'We are closed right now. We answer {hours}. Please call us again then. ' +
    'You can also send a text message to this number. Thank you for reaching out. Goodbye.',
  noAnswer:
    'We are sorry. No one on our team could pick up right now. ' +
    'Please try calling again in a few minutes, or send a text message to this number. ' +
    'Thank you for reaching out. Goodbye.',
  hold: 'We are reaching someone on our team now. Please stay on the line.',
  holdStill: 'We are still reaching someone. Please stay on the line.',
  holdTrouble: 'Sorry, something went wrong on our side. Please stay on the line. We are still reaching someone.',
  connected: 'Connecting you now.',
  callEnded: 'This call has ended. If you need support again, please call us.',
  responderEnded: 'The person helping you had to end this call. If you still need support, please call us again.',
  hoursAlways: 'every day, at any hour',
  hoursNone: 'at times we will share soon',
  hoursDay: '{days}, {spans}',
  hoursSpan: 'from {start} to {end}',
  midnight: 'midnight',
  whisper: 'Kith call for {program}. Press 1 to accept, 2 to decline. Once connected, star ends the call.',
  whisperCallerLanguage: 'The caller chose {language}.',
  whisperTaken: 'Someone else has taken this call. Thank you.',
  whisperGone: 'The caller is no longer waiting. Thank you.',
  whisperEarly:
    'Thank you. The caller is still hearing what this line promises them. Please stay on the line: you will be joined as soon as that ends. Press star to end the call.',
  whisperHungUp: 'The caller hung up before you were connected. You can hang up. Thank you.',
  whisperNotConnected:
    'We could not connect you to the caller. We will keep reaching someone for them. You can hang up. Thank you.',
  whisperDeclined: 'Okay. We will reach someone else. Thank you.',
  afterCall:
    'The call has ended. If this call reached you by mistake, press 1. If you had to end it, press 2. Otherwise, you can hang up.',
  afterCallThanks: 'Thank you. It is noted. Take care of yourself.',
};
