// Shrinks the static text of Lit's tagged templates in TypeScript source.
// `css` literals lose comments and the white space that CSS does not need.
// `html` literals lose the indentation that would otherwise become
// white-space-only text nodes in every rendered card. Expressions, and the
// text of every other template or string, stay as they are.
//
// The vite build and the test runner both run it, so the tests check the
// templates in the form that ships.
import ts from 'typescript';
import { HOLE, minifyCss, minifyHtml } from './minify-template-text.mjs';

const HTML_TAGS = new Set(['html', 'staticHtml', 'svg']);
const CSS_TAGS = new Set(['css']);

/**
 * Returns `source` with the static parts of its `html`, `staticHtml`,
 * `svg` and `css` tagged templates minified, or `null` when it has none.
 */
export function minifyLiterals(source, fileName = 'source.ts') {
  if (!/\b(?:html|staticHtml|svg|css)`/.test(source)) return null;

  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];

  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const minify = HTML_TAGS.has(tag) ? minifyHtml : CSS_TAGS.has(tag) ? minifyCss : null;
      if (minify) edits.push(...templateEdits(node.template, file, minify));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return null;

  // Later edits first, so that earlier offsets stay valid.
  let output = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    output = output.slice(0, start) + text + output.slice(end);
  }
  return output;
}

/** Returns the replacement of each static part of one template literal. */
function templateEdits(template, file, minify) {
  // Offsets of the raw text between the delimiters: a backtick or `}`
  // before, a backtick or `${` after.
  const parts = [];
  const addPart = (literal, closing) => {
    const start = literal.getStart(file) + 1;
    parts.push({ start, end: literal.end - closing.length });
  };
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    addPart(template, '`');
  } else {
    addPart(template.head, '${');
    template.templateSpans.forEach((span, index) => {
      const last = index === template.templateSpans.length - 1;
      addPart(span.literal, last ? '`' : '${');
    });
  }

  const raw = parts.map(({ start, end }) => file.text.slice(start, end));
  if (raw.some((text) => text.includes(HOLE))) return [];

  const minified = minify(raw.join(HOLE)).split(HOLE);
  if (minified.length !== raw.length) {
    throw new Error(`${file.fileName}: minifying a template changed its number of expressions`);
  }
  return parts.map(({ start, end }, index) => ({ start, end, text: minified[index] }));
}

