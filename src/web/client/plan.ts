/**
 * The member's plan page's script (`src/web/plan-page.ts`). The page works without it: the form posts
 * the plan and the code, and the server locks the plan. With it, the plan is locked here, in the
 * member's browser — Argon2id and the sealing in a worker (`plan-worker.ts`), with this member's
 * pepper, which the server handed to this one-time link only — and only the sealed form is posted
 * (`action=sealed`). The code and the words never leave the browser (docs/CRYPTO.md, "Members' plans").
 */
import { fill } from '../../i18n/catalog';
import { sealPlanHere, secretProblem, type PlanToSeal } from '@server/crypto/plan-seal';
import type { PlanPageData, PlanProblem } from '../plan-page';
import { hasWebAssembly } from './chat/web-assembly';
import type { PlanWorkerAnswer } from './plan-worker';
import { byId, pageData } from './shared/dom';

/** How long the first words stay before the page says it is still working (a slow phone). */
const STILL_AFTER_MS = 8000;

const data = pageData<PlanPageData>('plan-data');
const form = byId('plan-form', HTMLFormElement);
const status = byId('plan-sealing', HTMLElement);
const progress = byId('plan-progress', HTMLProgressElement);
const save = byId('plan-save', HTMLButtonElement);
const secret = byId('plan-secret', HTMLInputElement);
const again = byId('plan-secret-again', HTMLInputElement);

/** Set after this browser failed to lock a plan: the next Save posts the form, and the server locks it. */
let serverLocks = !hasWebAssembly();
let busy = false;

if (!serverLocks) {
  byId('plan-sealing-note', HTMLElement).hidden = false;
  form.addEventListener('submit', (event) => {
    if (serverLocks) return;
    event.preventDefault();
    if (busy) return;
    const problems = check();
    if (problems.length > 0) showProblems(problems.map((p) => data.problems[p]));
    else void lockAndSend();
  });
  // Back to this page from the next one (the browser's page cache): ready to write again.
  addEventListener('pageshow', () => finish(''));
}

/** The server's checks, here, so nothing is sent that it would refuse. */
function check(): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const values = [...form.querySelectorAll('textarea')].map((box) => clean(box.value));
  if (values.every((v) => v === '')) problems.push('empty');
  if (values.some((v) => [...v].length > 1000)) problems.push('tooLong');
  if (secretProblem(secret.value)) problems.push('short');
  else if (secret.value !== again.value) problems.push('mismatch');
  return problems;
}

const clean = (value: string) => value.replace(/\r\n?/gu, '\n').trim();

function plaintext(): string {
  // The same JSON the server seals (members/plans/content.ts): the fields by name, nothing else.
  const boxes = [...form.querySelectorAll('textarea')];
  return JSON.stringify(Object.fromEntries(boxes.map((box) => [box.name, clean(box.value)])));
}

/** The summary the server renders for a problem, made here: focused, so it is read at once. */
function showProblems(messages: string[]): void {
  document.querySelector('.error-summary')?.remove();
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.setAttribute('role', 'alert');
  summary.setAttribute('aria-labelledby', 'problems-title');
  summary.tabIndex = -1;
  const heading = document.createElement('h2');
  heading.id = 'problems-title';
  heading.textContent = data.problemHeading;
  const list = document.createElement('ul');
  for (const message of messages) {
    const item = document.createElement('li');
    item.textContent = fill(message, { left: 0 });
    list.append(item);
  }
  summary.append(heading, list);
  form.before(summary);
  summary.focus();
}

function finish(said: string): void {
  busy = false;
  save.removeAttribute('aria-disabled');
  progress.hidden = true;
  status.textContent = said;
}

async function lockAndSend(): Promise<void> {
  busy = true;
  document.querySelector('.error-summary')?.remove();
  // The button keeps focus (a disabled one would drop it); repeated presses are ignored.
  save.setAttribute('aria-disabled', 'true');
  progress.hidden = false;
  status.textContent = data.sealing.working;
  const still = setTimeout(() => (status.textContent = data.sealing.still), STILL_AFTER_MS);
  const request: PlanToSeal = {
    secret: secret.value,
    plaintext: plaintext(),
    boundTo: data.boundTo,
    pepper: data.pepper,
    params: data.params,
  };
  try {
    const sealed = await lockInWorker(request);
    send(sealed);
  } catch {
    serverLocks = true;
    finish('');
    showProblems([data.sealing.failed]);
  } finally {
    clearTimeout(still);
  }
}

/** Posts the sealed plan as a form, so the answer is the next page as without JavaScript. */
function send(sealed: string): void {
  const post = document.createElement('form');
  post.method = 'post';
  // Not `form.action`: the form's input named "action" shadows that property.
  post.action = form.getAttribute('action') ?? location.href;
  post.hidden = true;
  for (const [name, value] of [
    ['action', 'sealed'],
    ['sealed', sealed],
  ]) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name ?? '';
    input.value = value ?? '';
    post.append(input);
  }
  document.body.append(post);
  post.submit();
}

/** In the worker; on this thread (after the status has been shown) if a worker cannot start here. */
function lockInWorker(request: PlanToSeal): Promise<string> {
  let worker: Worker;
  try {
    worker = new Worker(data.worker, { type: 'module' });
  } catch {
    return new Promise((resolve) => setTimeout(resolve, 100)).then(() => sealPlanHere(request));
  }
  return new Promise<string>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<PlanWorkerAnswer>) => {
      worker.terminate();
      if ('sealed' in event.data) resolve(event.data.sealed);
      else reject(new Error(event.data.error));
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      reject(new Error('the worker stopped'));
    });
    worker.postMessage(request);
  });
}
