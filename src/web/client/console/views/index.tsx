/**
 * Which view each console route shows, who may see it, and whether it needs the private key in
 * memory. Views are added here as they are built; a route with no view shows "not found".
 */
import type { JSX } from 'preact';
import { isCoordinator, type Account } from '../context';
import { lazyView } from '../lazy';
import type { Route, RouteName } from '../router';

/*
 * Each view is a chunk of its own, fetched when first shown (lazy.tsx): a first visit to sign in
 * carries none of them. Views that share code share a chunk of it, as the bundler splits it.
 */
const DevicesView = lazyView(() => import('./devices').then((m) => m.DevicesView));
const LiveView = lazyView(() => import('./coordinate/live').then((m) => m.LiveView));
const SettingsView = lazyView(() => import('./coordinate/settings').then((m) => m.SettingsView));
const TeamView = lazyView(() => import('./coordinate/team').then((m) => m.TeamView));
const WeekView = lazyView(() => import('./coordinate/week').then((m) => m.WeekView));
const AfterView = lazyView(() => import('./field/after').then((m) => m.AfterView));
const AskTeamView = lazyView(() => import('./field/ask').then((m) => m.AskTeamView));
const FieldBoardView = lazyView(() => import('./field/board').then((m) => m.FieldBoardView));
const EvaluationView = lazyView(() => import('./field/evaluation').then((m) => m.EvaluationView));
const FieldResponseView = lazyView(() => import('./field/response').then((m) => m.FieldResponseView));
const NotesListView = lazyView(() => import('./notes/list').then((m) => m.NotesListView));
const NewNoteView = lazyView(() => import('./notes/new').then((m) => m.NewNoteView));
const NoteView = lazyView(() => import('./notes/note').then((m) => m.NoteView));
const MembersView = lazyView(() => import('./members/members').then((m) => m.MembersView));
const LoadView = lazyView(() => import('./load/load').then((m) => m.LoadView));
const MemberPlansView = lazyView(() => import('./members/plans').then((m) => m.MemberPlansView));
const CalendarView = lazyView(() => import('./calendar/calendar').then((m) => m.CalendarView));
const SwapsView = lazyView(() => import('./swaps/swaps').then((m) => m.SwapsView));
const PlanView = lazyView(() => import('./plan').then((m) => m.PlanView));
const ConversationView = lazyView(() => import('./texts/conversation').then((m) => m.ConversationView));
const TextsListView = lazyView(() => import('./texts/list').then((m) => m.TextsListView));
export const HomeView = lazyView(() => import('./home').then((m) => m.HomeView));
export const BurntView = lazyView(() => import('./burnt').then((m) => m.BurntView));

/** A console link pointed at or focused: fetch its view's chunk now, so following it shows the view at once. */
const chunkOf: Partial<Record<RouteName, { preload(): Promise<unknown> }>> = {
  home: HomeView,
  notes: NotesListView,
  texts: TextsListView,
  field: FieldBoardView,
  plan: PlanView,
  members: MembersView,
  calendar: CalendarView,
  load: LoadView,
  swaps: SwapsView,
  devices: DevicesView,
  live: LiveView,
  fieldEvaluation: EvaluationView,
  team: TeamView,
  week: WeekView,
  settings: SettingsView,
};

export function preloadView(route: RouteName): void {
  // A failed preload is no matter: the view tries again, and says so, when it is opened.
  chunkOf[route]?.preload().catch(() => undefined);
}

const RESPONDER_VIEWS: RouteName[] = ['notes', 'texts', 'field', 'plan', 'devices'];

/** Once the page is idle, every responder's views; returns how to call it off. */
export function preloadResponderViewsWhenIdle(): () => void {
  const task = () => {
    for (const route of RESPONDER_VIEWS) preloadView(route);
  };
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(task, { timeout: 10_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 2_000);
  return () => clearTimeout(id);
}

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
  // Shift times and settings only: nothing sealed.
  calendar: () => ({ needsKey: false, render: () => <CalendarView /> }),
  // Counts and hours only: my own month, and the team's for coordinators (the API decides).
  load: (route) => ({ needsKey: false, render: () => <LoadView month={route.query.get('month')} /> }),
  // Swaps and time away: shift times, names and reason categories; coordinators also decide here.
  swaps: () => ({ needsKey: false, render: () => <SwapsView /> }),
  // Members carry no sealed words: numbers, languages and whether a phone is held.
  members: () => ({ needsKey: false, render: () => <MembersView /> }),
  // A member's plan is opened here with this responder's key, for what they are on now.
  memberPlans: (route) => {
    const kind = (['call', 'conversation', 'response'] as const).find((k) => route.query.get(k));
    const scope = kind ? { kind, id: route.query.get(kind) ?? '' } : undefined;
    return { needsKey: true, render: () => <MemberPlansView key={route.query.toString()} scope={scope} /> };
  },
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
