/**
 * Texting's SQL, and the only code of src/conversations that knows it: conversations and their
 * messages, senders (opt-outs, blocks, the keys that hold numbers), and the narrow reads of the team
 * that alerting and sealing need. Other folders never import this; they call texting's modules.
 */
export * from './conversations';
export * from './messages';
export * from './senders';
export * from './team';
