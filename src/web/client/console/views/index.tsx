/**
 * Which view each console route shows, who may see it, and whether it needs the private key in
 * memory. Views are added here as they are built; a route with no view shows "not found".
 */
import type { JSX } from 'preact';
import { isCoordinator, type Account } from '../context';
import type { Route } from '../router';
import { DevicesView } from './devices';
import { LiveView } from './coordinate/live';
import { SettingsView } from './coordinate/settings';
import { TeamView } from './coordinate/team';
import { WeekView } from './coordinate/week';
import { AfterView } from './field/after';
import { AskTeamView } from './field/ask';
import { FieldBoardView } from './field/board';
import { EvaluationView } from './field/evaluation';
import { FieldResponseView } from './field/response';
import { NotesListView } from './notes/list';
import { NewNoteView } from './notes/new';
import { NoteView } from './notes/note';
import { PlanView } from './plan';
import { ConversationView } from './texts/conversation';
import { TextsListView } from './texts/list';

export interface ViewEntry {
  /** Notes are opened and sealed in the browser: these views need the key unlocked. */
  needsKey: boolean;
  render: () => JSX.Element;
}

type Maker = (route: Route) => ViewEntry;

const forEveryone: Partial<Record<Route['name'], Maker>> = {
  // Notes are sealed and opened here: without the key in memory there is nothing to show.
  notes: () => ({ needsKey: true, render: () => <NotesListView /> }),
  newNote: (route) => ({ needsKey: true, render: () => <NewNoteView callId={route.query.get('call') ?? undefined} /> }),
  note: (route) => {
    const id = route.params.id ?? '';
    return { needsKey: true, render: () => <NoteView key={id} id={id} /> };
  },
  // The list carries no words; a conversation's messages are opened here, so it needs the key.
  texts: () => ({ needsKey: false, render: () => <TextsListView /> }),
  conversation: (route) => {
    const id = route.params.id ?? '';
    return { needsKey: true, render: () => <ConversationView key={id} id={id} /> };
  },
  plan: () => ({ needsKey: false, render: () => <PlanView /> }),
  // The board carries no brief; asking seals one, a response opens one, a debrief may seal words.
  field: () => ({ needsKey: false, render: () => <FieldBoardView /> }),
  askTeam: (route) => ({
    needsKey: true,
    render: () => (
      <AskTeamView
        callId={route.query.get('call') ?? undefined}
        conversationId={route.query.get('conversation') ?? undefined}
      />
    ),
  }),
  fieldAfter: () => ({ needsKey: true, render: () => <AfterView /> }),
  fieldResponse: (route) => {
    const id = route.params.id ?? '';
    return { needsKey: true, render: () => <FieldResponseView key={id} id={id} /> };
  },
  // Both ways of adding a device (a passkey, a code) wrap the key, so it must be in memory.
  devices: (route) => ({
    needsKey: true,
    render: () => <DevicesView addedByCode={route.query.get('added') === 'code'} />,
  }),
};
const forCoordinators: Partial<Record<Route['name'], Maker>> = {
  team: () => ({ needsKey: false, render: () => <TeamView /> }),
  week: (route) => ({ needsKey: false, render: () => <WeekView from={route.query.get('from')} /> }),
  settings: () => ({ needsKey: false, render: () => <SettingsView /> }),
  live: () => ({ needsKey: false, render: () => <LiveView /> }),
  // Numbers only: no key needed, and for coordinators alone, as the API is.
  fieldEvaluation: () => ({ needsKey: false, render: () => <EvaluationView /> }),
};

export function viewFor(route: Route, account: Account): ViewEntry | undefined {
  const maker = forEveryone[route.name] ?? (isCoordinator(account) ? forCoordinators[route.name] : undefined);
  return maker?.(route);
}
