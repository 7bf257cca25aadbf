// Registers the elements before React renders them, so that React finds
// their properties and sets `tickets` and `headers` as properties instead
// of as attributes.
import 'my-open-tickets';
import { createRoot } from 'react-dom/client';
import { startMockWorker } from '../../mocks/browser.js';
import { createTicketRecords, DEMO_COMPANY, DEMO_USER_ID } from '../../mocks/ticket-records.js';
import { App } from './App.js';

// This repository's mock endpoint at /api/tickets and its data set stand in
// for the CRM's API.
await startMockWorker();

createRoot(document.getElementById('root')!).render(
  <App records={createTicketRecords()} src="/api/tickets" userId={String(DEMO_USER_ID)} company={DEMO_COMPANY} />,
);
