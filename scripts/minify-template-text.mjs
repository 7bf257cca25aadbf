// Minifies the static text of Lit templates, one template at a time. A
// template's static parts arrive joined by HOLE, one per expression, and
// leave with the same number of holes. Kept apart from the TypeScript walker
// in minify-literals.mjs, so that the browser tests can import it.

// Elements that the browser lays out as blocks by default and that the
// templates never style inline. White space next to their tags is never
// rendered, so it can go. Anything else (buttons, links, slots, spans, a
// heading whose tag is an expression) keeps one space, which renders the
// same as the indentation it replaces.
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Stands for an expression while a template's static parts are joined into
// one text, so that a rule can see both sides of a `${…}`. No template in
// the source contains it.
export const HOLE = '\u0000';

/**
 * Minifies the joined static text of an `html` template. Comments go, and
 * each run of white space that contains a line break becomes one space, or
 * nothing when it touches the tag of a block element. At the start or end
 * of a template the neighbor is unknown, so one space stays. Templates with
 * `<pre>` or `<textarea>` keep their text.
 */
export function minifyHtml(text) {
  if (/<(?:pre|textarea)\b/i.test(text)) return text;

  const withoutComments = text.replace(/<!--[^\u0000]*?-->/g, '');
  return withoutComments.replace(/\s*\n\s*/g, (run, offset, whole) => {
    const before = whole.slice(0, offset);
    const after = whole.slice(offset + run.length);
    if (before.endsWith('>') && isBlockTag(tagBefore(before))) return '';
    if (after.startsWith('<') && isBlockTag(tagAt(after))) return '';
    return ' ';
  });
}

/** Returns the name of the tag that ends at the end of `text`. */
function tagBefore(text) {
  const open = text.lastIndexOf('<');
  return open === -1 ? null : tagAt(text.slice(open));
}

/** Returns the name of the tag that starts at the start of `text`. */
function tagAt(text) {
  return /^<\/?([a-zA-Z][\w-]*)/.exec(text)?.[1].toLowerCase() ?? null;
}

const isBlockTag = (name) => name !== null && BLOCK_ELEMENTS.has(name);

/**
 * Minifies the joined static text of a `css` template: comments go, white
 * space shrinks to single spaces, and none is kept beside `{ } ; , >` or
 * after a colon. Quoted strings stay as written.
 */
export function minifyCss(text) {
  return text
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((piece, index) => {
      // The odd pieces are the quoted strings that the split kept.
      if (index % 2 === 1) return piece;
      return piece
        .replace(/\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/;}/g, '}');
    })
    .join('')
    .trim();
}
