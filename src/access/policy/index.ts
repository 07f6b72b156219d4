/**
 * The record-level access policy: pure rules over the asker and plain facts about a record, with no
 * database and no other capability's code, so every service can call them without a cycle. The
 * facts are gathered by the record's own service; the decision is made here, once.
 */
export { whoOf, type Who } from './who';
export { mayReviewAccess } from './review';
export { mayReadNote, mayWriteNote, type NoteFacts } from './notes';
export { mayDeleteShiftNote, type ShiftNoteFacts } from './shift-notes';
export {
  mayBlockConversationSender,
  mayReadConversation,
  mayReplyInConversation,
  mayWriteConversation,
  type ConversationFacts,
} from './conversations';
export { mayReadBrief, mayReadResponse, mayShareBrief, mayWriteResponse, type ResponseFacts } from './responses';
export {
  mayReachThroughFollowUp,
  mayReadDebrief,
  mayWriteDebrief,
  mayWriteFollowUp,
  type DebriefFacts,
  type FollowUpFacts,
} from './care';
