/**
 * The console: one page, many views. Who is signed in comes from the session cookie; the private
 * key from keys.ts (memory only). Views that need the key ask for the passphrase again after a
 * reload ("unlock"), the rest work with the cookie alone.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ConsoleText } from '../../i18n/console/types';
import { Announcer, clearAnnouncements } from './announce';
import { whenSessionEnds } from './api';
import { burnUnderway, whenBurnt, type Burnt } from './burn';
import type { FirstConsoleText } from '../../console-data';
import { markNavigated, Status } from './components';
import {
  AccountContext,
  FirstTextContext,
  isCoordinator,
  LangContext,
  TextContext,
  useFirstText,
  useText,
  type Account,
} from './context';
import { currentIdentity, onIdentityChange } from './keys';
import { PartFailed } from './lazy';
import { useWholeWords } from './whole-words';
import { startLive, stopLive, useLiveConnected, whenLiveGivesUp } from './live';
import { QueueKeyKeeper } from './queue-key';
import { navigate, onNavigate, routeOf, type Route, type RouteName } from './router';
import { currentAccount } from './session';
import { signOut } from './sign-out';
import { JoinView } from './views/join';
import { NotFoundView } from './views/not-found';
import { SignInView } from './views/sign-in';
import { BurntView, HomeView, preloadResponderViewsWhenIdle, preloadView, viewFor } from './views';

export interface AppProps {
  /** The words for signing in and joining, which the page carries. */
  first: FirstConsoleText;
  /** The whole words, once fetched: a signed-in console needs them (`loadText` fetches them). */
  text: ConsoleText | undefined;
  lang: string;
  loadText: () => Promise<void>;
}

/**
 * `burnt`: the program was just burnt from this page; every session ended, and the new invite is shown.
 * `unreachable`: the server could not say who is signed in (no connection, or Kith restarting).
 */
type Who =
  | { kind: 'checking' }
  | { kind: 'unreachable' }
  | { kind: 'out'; notice?: string }
  | { kind: 'in'; account: Account }
  | { kind: 'burnt'; burnt: Burnt };

/** How often a console that could not reach Kith asks again by itself. */
const ASK_AGAIN_MS = 10_000;

export function App({ first, text, lang, loadText }: AppProps): JSX.Element {
  const [route, setRoute] = useState<Route>(() => routeOf(location));
  const [who, setWho] = useState<Who>({ kind: 'checking' });
  const checkWho = useCallback(() => {
    currentAccount().then(
      (account) => {
        if (!burnUnderway()) setWho(account ? { kind: 'in', account } : { kind: 'out' });
      },
      () => {
        if (!burnUnderway()) setWho((now) => (now.kind === 'unreachable' ? now : { kind: 'unreachable' }));
      },
    );
  }, []);
  const [, setKeyChanged] = useState(0);
  // Join needs only the words the page carries, even once the account is made: its last steps must
  // not wait on (or be unmounted by) the fetch, which starts anyway for the console that follows.
  const words = useWholeWords(who.kind === 'in' || who.kind === 'burnt', route.name !== 'join', text, loadText);

  useEffect(
    () =>
      onNavigate((next) => {
        markNavigated();
        setRoute(next);
      }),
    [],
  );
  useEffect(() => onIdentityChange(() => setKeyChanged((n) => n + 1)), []);
  useEffect(() => {
    whenBurnt((burnt) => setWho({ kind: 'burnt', burnt }));
    // A burn ends every session, this one too: that is no reason to leave the burnt screen for sign-in.
    whenSessionEnds(() => {
      if (burnUnderway()) return;
      stopLive();
      clearAnnouncements();
      setWho({ kind: 'out', notice: first.shell.sessionEnded });
    });
    // The stream was refused: if the session is gone, say so; if not (a server restart, too many
    // tabs, or the server out of reach for now), listen again calmly.
    whenLiveGivesUp(() => {
      if (burnUnderway()) return;
      currentAccount().then(
        (account) => {
          if (burnUnderway()) return;
          if (account) setTimeout(startLive, 5_000);
          else setWho({ kind: 'out', notice: first.shell.sessionEnded });
        },
        () => setTimeout(startLive, 5_000),
      );
    });
    // Runs again when the language changes; after a burn the session is gone, and the burnt screen stays.
    checkWho();
  }, [first.shell.sessionEnded]);
  // Out of reach: the page asks again when the browser says the connection is back, every few seconds
  // (a restart behind the proxy ends without the browser noticing anything), and on "Try again".
  useEffect(() => {
    if (who.kind !== 'unreachable') return;
    window.addEventListener('online', checkWho);
    const again = setInterval(checkWho, ASK_AGAIN_MS);
    return () => {
      window.removeEventListener('online', checkWho);
      clearInterval(again);
    };
  }, [who.kind]);
  useEffect(() => {
    if (who.kind !== 'in') return;
    startLive();
    // Home's chunk comes alongside the whole words, not after them. Once the page is idle, the views
    // every responder has, so the service worker holds them for a flaky connection in a crisis (the
    // one script used to carry them all); a coordinator's own views still come when opened.
    preloadView('home');
    return preloadResponderViewsWhenIdle();
  }, [who.kind]);

  // Signed out on a console page: the sign-in form, then back to where they were.
  useEffect(() => {
    if (who.kind === 'out' && isConsoleRoute(route.name)) navigate('/sign-in', { replace: true });
    if (who.kind === 'in' && route.name === 'signIn') navigate('/console', { replace: true });
  }, [who.kind, route.name]);

  // Joining, signing in or unlocking replaces the form with a new page: its heading takes focus then,
  // as after any move, rather than focus falling to the page when the form goes.
  const signedIn = useCallback((account: Account) => {
    markNavigated();
    setWho({ kind: 'in', account });
  }, []);
  const leave = useCallback(async () => {
    stopLive();
    clearAnnouncements();
    try {
      await signOut();
    } finally {
      setWho({ kind: 'out', notice: first.shell.signedOut });
      navigate('/sign-in');
    }
  }, [first.shell.signedOut]);

  return (
    <LangContext.Provider value={lang}>
      <FirstTextContext.Provider value={text ?? first}>
        <TextContext.Provider value={text}>
          <AccountContext.Provider value={who.kind === 'in' ? who.account : undefined}>
            {who.kind === 'in' && route.name !== 'join' && text ? (
              <ConsoleNav route={route.name} account={who.account} onSignOut={() => void leave()} />
            ) : null}
            {who.kind === 'in' ? <QueueKeyKeeper coordinator={isCoordinator(who.account)} /> : null}
            {/* Always in the page, so the first thing said into it is read. */}
            <Announcer />
            <main id="main" tabIndex={-1}>
              {words.state === 'whole' ? (
                <Body route={route} who={who} onSignedIn={signedIn} retry={checkWho} />
              ) : words.state === 'failed' ? (
                <PartFailed retry={words.retry} />
              ) : (
                <Status message={first.shell.loading} />
              )}
            </main>
          </AccountContext.Provider>
        </TextContext.Provider>
      </FirstTextContext.Provider>
    </LangContext.Provider>
  );
}

function Body({
  route,
  who,
  onSignedIn,
  retry,
}: {
  route: Route;
  who: Who;
  onSignedIn: (account: Account) => void;
  /** Asks the server again who is signed in. */
  retry: () => void;
}): JSX.Element {
  const text = useFirstText();
  if (who.kind === 'burnt') return <BurntView burnt={who.burnt} />;
  if (route.name === 'join') return <JoinView onJoined={onSignedIn} onContinue={() => navigate('/console')} />;
  if (who.kind === 'checking') return <Status message={text.shell.loading} />;
  if (who.kind === 'unreachable') return <PartFailed retry={retry} />;
  if (who.kind === 'out')
    return (
      <SignInView
        notice={who.notice}
        onSignedIn={(account) => {
          onSignedIn(account);
          navigate('/console');
        }}
      />
    );
  if (route.name === 'signIn' || route.name === 'home') return <HomeView />;
  if (route.name === 'notFound') return <NotFoundView />;
  const view = viewFor(route, who.account);
  if (!view) return <NotFoundView />;
  if (view.needsKey && !currentIdentity()) {
    return <SignInView unlock onSignedIn={onSignedIn} />;
  }
  return view.render();
}

function isConsoleRoute(name: RouteName): boolean {
  return name !== 'join' && name !== 'signIn';
}

interface NavItem {
  route: RouteName;
  href: string;
  label: (text: ConsoleText) => string;
  coordinator?: boolean;
}

const NAV: NavItem[] = [
  { route: 'home', href: '/console', label: (t) => t.shell.nav.home },
  { route: 'notes', href: '/console/notes', label: (t) => t.shell.nav.notes },
  { route: 'texts', href: '/console/texts', label: (t) => t.shell.nav.texts },
  { route: 'field', href: '/console/field', label: (t) => t.dispatch.nav },
  { route: 'plan', href: '/console/plan', label: (t) => t.shell.nav.plan },
  { route: 'members', href: '/console/members', label: (t) => t.members.nav },
  { route: 'devices', href: '/console/devices', label: (t) => t.devices.nav },
  { route: 'live', href: '/console/live', label: (t) => t.shell.nav.live, coordinator: true },
  { route: 'fieldEvaluation', href: '/console/field/evaluation', label: (t) => t.evaluation.nav, coordinator: true },
  { route: 'team', href: '/console/team', label: (t) => t.shell.nav.team, coordinator: true },
  { route: 'week', href: '/console/week', label: (t) => t.shell.nav.week, coordinator: true },
  { route: 'load', href: '/console/load', label: (t) => t.load.nav, coordinator: true },
  { route: 'swaps', href: '/console/swaps', label: (t) => t.swaps.nav, coordinator: true },
  { route: 'settings', href: '/console/settings', label: (t) => t.shell.nav.settings, coordinator: true },
];

function ConsoleNav({
  route,
  account,
  onSignOut,
}: {
  route: RouteName;
  account: Account;
  onSignOut: () => void;
}): JSX.Element {
  const text = useText();
  const connected = useLiveConnected();
  const current =
    route === 'newNote' || route === 'note'
      ? 'notes'
      : route === 'conversation'
        ? 'texts'
        : route === 'askTeam' || route === 'fieldAfter' || route === 'fieldResponse'
          ? 'field'
          : route;
  return (
    <div class="console-bar">
      <nav aria-label={text.shell.nav.label}>
        <ul class="console-nav">
          {NAV.filter((item) => !item.coordinator || isCoordinator(account)).map((item) => (
            <li key={item.route}>
              <a
                href={item.href}
                data-route
                aria-current={current === item.route ? 'page' : undefined}
                onPointerEnter={() => preloadView(item.route)}
                onFocus={() => preloadView(item.route)}
              >
                {item.label(text)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <button type="button" class="button secondary sign-out" onClick={onSignOut}>
        {text.shell.signOut}
      </button>
      <Offline show={!connected} />
    </div>
  );
}

/** Makes, rotates and shares the web chat's queue key in the background (queue-key.ts); shows nothing. */

function Offline({ show }: { show: boolean }): JSX.Element {
  const text = useText();
  return (
    <p class="offline" role="status">
      {show ? text.shell.offline : ''}
    </p>
  );
}
