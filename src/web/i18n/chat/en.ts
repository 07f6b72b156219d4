import type { ChatText } from './types';

const client = {
  waiting: 'Your message was sent. Please wait here: someone from our team will join soon.',
  noAnswer: 'We are sorry. No one on our team can reply right now. Please try again later.',
  joined: 'Someone from our team has joined. You can write to them here.',
  closed: 'This chat has ended. Thank you for reaching out. You can start a new chat any time by writing below.',
  blocked: 'You can no longer send messages in this chat. Thank you for understanding.',
  slowDown: 'You are sending messages very fast. Please wait a minute, then send again. We have what you already sent.',
  busy: 'Many people are starting chats right now. Please wait a minute and try again.',
  empty: 'Write a message before you send it.',
  tooLong: 'Your message is too long. Please send it in shorter parts (up to {max} characters each).',
  expired:
    'Your chat could not be found in this browser. This happens when the browser blocks cookies and the page was reloaded. Please send your message again.',
  lineWait:
    'Many people are writing to us right now. We are getting the line ready for you. You can send your message in about {seconds} seconds.',
  lineReadying:
    'Many people are writing to us right now. Getting the line ready for you… This takes a few seconds. You can write your message meanwhile.',
  lineReady: 'The line is ready. You can send your message.',
  notYet:
    'We are still getting the line ready for you. Please wait about {seconds} seconds, then send again. Your message is still here.',
  proofNeeded:
    'Many people are writing to us right now. We are getting the line ready for you. Please wait about {seconds} seconds, then send again. Your message is still here.',
  failed: 'Your message could not be sent. Please try again.',
  noCookies:
    'Your browser does not keep cookies for this site. The chat still works while this page stays open, but if you reload or close it, the chat ends. To keep it through a reload, allow cookies for this site.',
  noWasm:
    'This browser cannot lock your words on your device (WebAssembly is off). The chat still works: our server sees your words for a moment before it locks them, as when JavaScript is off. To see new replies, press "Check for new replies".',
  newReply: 'A new reply came. Press "Check for new replies" to read it.',
  teamWrote: 'Our team wrote: {words}',
  escapeAgain: 'Press Escape again to leave now.',
  sending: 'Sending…',
  sent: 'Sent.',
  you: 'You',
  team: 'Our team',
  cannotShow: 'This message cannot be shown in this browser.',
  errorPrefix: 'Error:',
};

export const chatEn: ChatText = {
  title: 'Chat with us',
  heading: 'Chat with {program}',
  promisesHeading: 'Before you start',
  neverPolice: 'We never call the police. No one will come to you unless you ask.',
  whoReads:
    'A person from our team reads your messages and writes back here. Your messages are locked so that only our team and you can read them.',
  hours: 'We answer {hours}.',
  kept: 'Our server keeps your messages only locked, and cannot read them. {kept} after the chat ends, we forget which browser it came from.',
  keptFor: '{hours} hours',
  noAccount: 'You do not need an account or a phone number. We do not keep your IP address.',
  closedNow: 'We are closed right now. We answer {hours}. Please come back then.',
  noScriptHeading: 'JavaScript is off',
  noScript:
    'The chat still works. But without JavaScript, our server sees your words for a moment before it locks them. With JavaScript on, your words are locked on your device before they are sent.',
  lockNote:
    'This page is still getting ready to lock your words on your device. If you send now, our server sees your words for a moment before it locks them, as when JavaScript is off. To avoid that, wait until this note goes away.',
  leave: 'Leave now',
  leaveHint: 'Leave now ends this chat, clears it from this browser and opens another website.',
  leaveKey: 'You can also press the Escape key two times to leave now.',
  autoRefresh:
    'This page looks for new replies by itself every {seconds} seconds. Words you have not sent yet are lost when it does.',
  stopRefresh: 'Stop looking by itself',
  pressCheck: 'To see new replies, press "Check for new replies".',
  noCookiesForm:
    'Your browser does not keep cookies for this site. The chat still works, but only on this page: do not reload it or go back. To see new replies, press "Check for new replies". To keep the chat through a reload, allow cookies for this site.',
  otherWays: 'You can also call or text us at {number}.',
  threadHeading: 'Your chat',
  you: client.you,
  team: client.team,
  cannotShow: client.cannotShow,
  messageLabel: 'Your message',
  messageHint: 'You do not have to give your name.',
  send: 'Send',
  check: 'Check for new replies',
  errorPrefix: client.errorPrefix,
  client,
};
