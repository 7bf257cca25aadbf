import { expect, fixture, html } from '@open-wc/testing';
import { HOLE, minifyCss, minifyHtml } from '../scripts/minify-template-text.mjs';
import '../src/index.js';
import type { TicketCard } from '../src/index.js';
import { record } from './support/records.js';

describe('minifyHtml', () => {
  it('removes indentation beside block tags', () => {
    expect(minifyHtml('<div>\n  <p>one</p>\n  <p>two</p>\n</div>')).to.equal('<div><p>one</p><p>two</p></div>');
  });

  it('keeps one space between inline tags', () => {
    expect(minifyHtml('<span>a</span>\n    <span>b</span>')).to.equal('<span>a</span> <span>b</span>');
  });

  it('keeps one space at the template edges', () => {
    expect(minifyHtml('\n  <bdi>name</bdi>\n')).to.equal(' <bdi>name</bdi> ');
  });

  it('keeps every expression', () => {
    const text = ['<div>\n  ', '\n  <span class=', '>', '</span>\n</div>'].join(HOLE);
    const parts = minifyHtml(text).split(HOLE);
    expect(parts).to.deep.equal(['<div>', ' <span class=', '>', '</span></div>']);
  });

  it('shrinks line breaks inside a tag to one space', () => {
    expect(minifyHtml('<button\n  part="refresh"\n  type="button"\n>go</button>')).to.equal(
      '<button part="refresh" type="button" >go</button>',
    );
  });

  it('leaves single spaces without line breaks alone', () => {
    expect(minifyHtml('<dd>by  <bdi>x</bdi></dd>')).to.equal('<dd>by  <bdi>x</bdi></dd>');
  });

  it('removes comments', () => {
    expect(minifyHtml('<div><!-- the list -->\n  <ul></ul></div>')).to.equal('<div><ul></ul></div>');
  });

  it('leaves pre and textarea templates as written', () => {
    const text = '<pre>\n  a\n    b\n</pre>';
    expect(minifyHtml(text)).to.equal(text);
  });
});

describe('minifyCss', () => {
  it('removes comments and spaces', () => {
    const text = '/* cards */\n:host {\n  display: block;\n}\n\n.a > .b,\n.c {\n  margin: 0 auto;\n}\n';
    expect(minifyCss(text)).to.equal(':host{display:block}.a>.b,.c{margin:0 auto}');
  });

  it('keeps the spaces that calc needs', () => {
    expect(minifyCss('.a {\n  width: calc(var(--gap) * 0.75 + 1px);\n}')).to.equal('.a{width:calc(var(--gap) * 0.75 + 1px)}');
  });

  it('keeps quoted strings as written', () => {
    expect(minifyCss(":host([theme='dark'])  {\n  content: 'a ;  b';\n}")).to.equal(":host([theme='dark']){content:'a ;  b'}");
  });

  it('keeps every expression', () => {
    const text = [':host {\n  ', '\n}\n.b {\n  color: ', ';\n}'].join(HOLE);
    expect(minifyCss(text).split(HOLE)).to.deep.equal([':host{', '}.b{color:', '}']);
  });
});

describe('minified templates in the elements', () => {
  it('card has no white-space-only text beside block elements', async () => {
    const card = await fixture<TicketCard>(html`<ticket-card .ticket=${record()}></ticket-card>`);
    const article = card.shadowRoot!.querySelector('article')!;
    const blankBesideBlock = [...article.childNodes].filter(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() === '',
    );
    expect(blankBesideBlock).to.have.length(0);
  });

  it('card text keeps its spaces', async () => {
    const card = await fixture<TicketCard>(html`<ticket-card .ticket=${record()}></ticket-card>`);
    const created = card.shadowRoot!.querySelector('[part="created"]')!;
    expect(created.textContent).to.match(/\S by \S/);
  });
});
