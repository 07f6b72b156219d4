/**
 * On Home, once, for the coordinator who has just made the line on the setup page: where to go
 * next, and an API token for the command line if they want one. The token is made only when asked
 * for (no secret exists that nobody saw), shown once, and kept only in this panel's memory.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { IssuedApiToken } from '@server/auth/issued';
import { api } from '../api';
import { Status } from '../components';
import { lineJustMade, useAccount, useText } from '../context';
import { CopyLink } from './coordinate/parts';

export function FirstSteps(): JSX.Element | null {
  const text = useText();
  const t = text.home.firstSteps;
  const me = useAccount();
  const [token, setToken] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);
  // The button that made it is gone: focus moves to the token (selected, ready to copy), so a
  // keyboard or screen-reader user is not left on nothing.
  useEffect(() => {
    if (token !== undefined) document.getElementById('api-token')?.focus();
  }, [token]);
  if (!lineJustMade()) return null;

  async function makeToken(): Promise<void> {
    if (working) return;
    setWorking(true);
    setStatus('');
    try {
      const issued = await api<IssuedApiToken>('POST', '/api/tokens', {
        responderId: me.responderId,
        label: 'command line',
      });
      setToken(issued.token);
    } catch {
      setStatus(text.shell.failed);
    } finally {
      setWorking(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <ol>
        <li>
          <a href="/console/settings" data-route>
            {t.stepSettings}
          </a>
        </li>
        <li>
          <a href="/console/team" data-route>
            {t.stepTeam}
          </a>
        </li>
      </ol>
      <h3 id="cli-heading">{t.cliHeading}</h3>
      <p id="cli-body">{t.cliBody}</p>
      {token === undefined ? (
        <>
          <button type="button" class="button secondary" aria-describedby="cli-body" onClick={() => void makeToken()}>
            {t.makeToken}
          </button>
          <Status message={status} />
        </>
      ) : (
        <>
          <p class="warning" id="api-token-warning">
            {t.tokenWarning}
          </p>
          <CopyLink id="api-token" label={t.tokenLabel} value={token} describedBy="api-token-warning" words={t} />
          <p>{t.loginIntro}</p>
          <pre>
            <code id="login-command" dir="ltr">{`npx kith login --url ${location.origin} --token ${token}`}</code>
          </pre>
        </>
      )}
    </section>
  );
}
