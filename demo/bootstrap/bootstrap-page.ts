/**
 * Runs the Bootstrap portal page: Bootstrap's stylesheet, the mock
 * endpoint, and a theme switch that sets Bootstrap's `data-bs-theme` and
 * the elements' `theme` together.
 */
import 'bootstrap/dist/css/bootstrap.min.css';
import './bootstrap-page.css';
import { TICKETS_PATH } from '../../mocks/handlers.js';
import { startMockWorker } from '../../mocks/browser.js';

function setTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset.bsTheme = theme;
  for (const element of document.querySelectorAll('my-open-tickets, due-tickets-summary')) {
    element.setAttribute('theme', theme);
  }
  const toggle = document.getElementById('theme-toggle');
  toggle?.setAttribute('aria-pressed', String(theme === 'dark'));
  if (toggle) toggle.textContent = theme === 'dark' ? 'Light theme' : 'Dark theme';
}

function showToast(message: string): void {
  const toast = document.getElementById('toast');
  if (!toast) return;
  toast.className = 'position-fixed bottom-0 end-0 m-3 alert alert-dark shadow';
  toast.textContent = message;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const src = params.get('src')?.trim() || null;
  if (!src) await startMockWorker();

  document.getElementById('provider')?.setAttribute('src', src ?? TICKETS_PATH);
  document.getElementById('summary')?.setAttribute('src', src ?? TICKETS_PATH);
  setTheme(params.get('theme') === 'dark' ? 'dark' : 'light');

  document.getElementById('theme-toggle')?.addEventListener('click', () => {
    setTheme(document.documentElement.dataset.bsTheme === 'dark' ? 'light' : 'dark');
  });
  document.getElementById('new-ticket')?.addEventListener('click', () => showToast('Creating tickets is not part of this demo.'));
  document.addEventListener('ticket-open', (event) => {
    // The portal's note pages are not part of the demo.
    event.preventDefault();
    showToast(`Would open ticket ${event.detail.ticket.id} → ${event.detail.href}`);
  });

  // Registered after src is set, so the elements never show the
  // "no endpoint" notice while the mock starts.
  await import('../../src/index.js');
}

void start();
