// Fails when a source file uses an API that parses a string as HTML. Every
// text the elements show comes from customers and staff, so it must reach
// the page through Lit's text bindings only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SINKS = /\b(unsafeHTML|unsafeSVG|unsafeMathML|unsafeStatic|innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser)\b/;

function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

const findings = [];
for (const file of sourceFiles(join(root, 'src'))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = SINKS.exec(line);
      if (match) findings.push(`${relative(root, file)}:${index + 1}: ${match[1]}`);
    });
}

if (findings.length > 0) {
  console.error(`HTML-parsing APIs found in src/; render text with Lit bindings instead:\n${findings.join('\n')}`);
  process.exit(1);
}
console.log('No HTML-parsing APIs in src/.');
