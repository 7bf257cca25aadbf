import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { TicketStore, type TicketStoreState } from '../../src/data/ticket-store.js';
import { Deferred, recordRequests, use } from '../support/mock-server.js';
import { record } from '../support/records.js';

describe('TicketStore', () => {
  it('loads and parses the records and notifies subscribers', async () => {
    use(http.get('/api/tickets', () => HttpResponse.json([record({ id: 1 }), record({ id: 2, subject: '' })])));
    const store = new TicketStore({ src: '/api/tickets' });
    const seen: TicketStoreState[] = [];
    store.subscribe((state) => seen.push(state));

    await store.load();

    expect(seen.map((state) => state.pending)).to.deep.equal([true, false]);
    expect(store.state.payload?.tickets.map((ticket) => ticket.id)).to.deep.equal([1]);
    expect(store.state.payload?.problems).to.have.length(1);
    expect(store.state.error).to.equal(null);
  });

  it('shares one request between overlapping loads', async () => {
    const log = recordRequests();
    use(http.get('/api/tickets', async () => {
      await delay(50);
      return HttpResponse.json([record()]);
    }));
    const store = new TicketStore({ src: '/api/tickets' });

    await Promise.all([store.load(), store.refresh(), store.load()]);

    expect(log.urls).to.have.length(1);
  });

  it('keeps the tickets when a refresh fails', async () => {
    let status = 200;
    use(http.get('/api/tickets', () => (status === 200 ? HttpResponse.json([record()]) : new HttpResponse(null, { status }))));
    const store = new TicketStore({ src: '/api/tickets' });
    await store.load();
    const loaded = store.state.payload;

    status = 500;
    await store.refresh();

    expect(store.state.payload).to.equal(loaded);
    expect(store.state.error?.status).to.equal(500);
  });

  it('aborts the request in flight without an error', async () => {
    const arrived = new Deferred();
    use(http.get('/api/tickets', async () => {
      arrived.resolve();
      await delay(300);
      return HttpResponse.json([record()]);
    }));
    const store = new TicketStore({ src: '/api/tickets' });

    const pending = store.load();
    await arrived.promise;
    store.abort();
    await pending;

    expect(store.state).to.deep.equal({ payload: null, error: null, partial: false, pending: false });
  });

  it('loads again after an abort', async () => {
    const log = recordRequests();
    const arrived = new Deferred();
    use(http.get('/api/tickets', async () => {
      arrived.resolve();
      await delay(50);
      return HttpResponse.json([record()]);
    }));
    const store = new TicketStore({ src: '/api/tickets' });

    void store.load();
    await arrived.promise;
    store.abort();
    await store.refresh();

    expect(log.urls).to.have.length(2);
    expect(store.state.payload?.tickets).to.have.length(1);
  });

  it('takes records from the host without a request', () => {
    const store = new TicketStore({ records: { data: [record()] } });

    expect(store.state.payload?.tickets).to.have.length(1);
  });

  it('reports records of the wrong type from the host', () => {
    const store = new TicketStore({ records: 'tickets' });

    expect(store.state.payload).to.equal(null);
    expect(store.state.error?.message).to.equal('The tickets property is string; expected an array of tickets.');
  });
});

describe('TicketStore refresh', () => {
  it('keeps the objects of unchanged tickets', async () => {
    let records = [record({ id: 1 }), record({ id: 2 }), record({ id: 3 })];
    use(http.get('/api/tickets', () => HttpResponse.json(records)));
    const store = new TicketStore({ src: '/api/tickets' });
    await store.load();
    const [first, second, third] = store.state.payload!.tickets;

    records = [record({ id: 1 }), record({ id: 2, subject: 'Changed' }), record({ id: 3 })];
    await store.refresh();
    const after = store.state.payload!.tickets;

    expect(after[0]).to.equal(first);
    expect(after[1]).to.not.equal(second);
    expect(after[1].subject).to.equal('Changed');
    expect(after[2]).to.equal(third);
  });
});
