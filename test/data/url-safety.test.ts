import { expect } from '@open-wc/testing';
import { fillTemplate, safeHref } from '../../src/data/url-safety.js';

describe('safeHref', () => {
  it('keeps http, https and relative URLs', () => {
    for (const url of ['https://crm.example/notes/1', 'http://crm.example/', 'HTTPS://crm.example/', '/acme/notes/1', 'notes/1', '?page=2', '#note-1', '//crm.example/notes']) {
      expect(safeHref(url), url).to.equal(url);
    }
  });

  it('rejects script and data schemes however they are written', () => {
    const attacks = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      '\tjavascript:alert(1)',
      '\njavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:someone@example.com',
    ];
    for (const url of attacks) {
      expect(safeHref(url), JSON.stringify(url)).to.equal(null);
    }
  });

  it('rejects empty and non-string values', () => {
    expect(safeHref('')).to.equal(null);
    expect(safeHref('   ')).to.equal(null);
    expect(safeHref(null)).to.equal(null);
    expect(safeHref(undefined)).to.equal(null);
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder', () => {
    const { href } = fillTemplate('/{company}/customers/{customerId}/notes/{id}', { id: 1042, customerId: 77, company: 'acme' });

    expect(href).to.equal('/acme/customers/77/notes/1042');
  });

  it('encodes values so they cannot change the path or query', () => {
    const { href } = fillTemplate('/{company}/notes/{id}?tab=edit', { id: '../admin', customerId: null, company: '1?x=y' });

    expect(href).to.equal('/1%3Fx%3Dy/notes/..%2Fadmin?tab=edit');
  });

  it('returns no link and the missing names when a value is unknown', () => {
    const result = fillTemplate('/{company}/customers/{customerId}/notes/{id}', { id: 1, customerId: null, company: null });

    expect(result.href).to.equal(null);
    expect(result.missing).to.deep.equal(['company', 'customerId']);
  });

  it('rejects a template that makes an unsafe link', () => {
    expect(fillTemplate('javascript:alert({id})', { id: 1, customerId: null, company: null }).href).to.equal(null);
  });
});

describe('fillTemplate dot segments', () => {
  it('gives no link for a value of . or ..', () => {
    for (const customerId of ['.', '..']) {
      const result = fillTemplate('/customers/{customerId}/notes/{id}', { id: 1, customerId, company: null });

      expect(result.href, customerId).to.equal(null);
      expect(result.missing, customerId).to.deep.equal(['customerId']);
    }
  });
});

describe('fillTemplate lone surrogates', () => {
  it('encodes a lone surrogate as U+FFFD instead of throwing', () => {
    const { href } = fillTemplate('/{company}/notes/{id}', { id: 1, customerId: null, company: 'a\ud800b' });

    expect(href).to.equal('/a%EF%BF%BDb/notes/1');
  });
});
