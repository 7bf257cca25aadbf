/**
 * Strings that run script when a page parses them as HTML, evaluates them as
 * a template or follows them as a URL. Each payload is built around `run`, a
 * JavaScript call such as `__xss(12)`, so a test can tell from the number
 * which payload in which field ran. `run` contains no quotes and no spaces,
 * so it fits inside any attribute or URL below.
 */
export interface Payload {
  name: string;
  build: (run: string) => string;
}

const toDecimalReferences = (text: string) => [...text].map((char) => `&#${char.codePointAt(0)};`).join('');
const toHexReferences = (text: string) => [...text].map((char) => `&#x${char.codePointAt(0)!.toString(16)};`).join('');

export const PAYLOADS: readonly Payload[] = [
  // Script elements
  { name: 'script tag', build: (run) => `<script>${run}</script>` },
  { name: 'uppercase script tag', build: (run) => `<SCRIPT>${run}</SCRIPT>` },
  { name: 'mixed-case script with attributes', build: (run) => `<ScRiPt type="text/javascript" defer async>${run}</sCrIpT>` },
  { name: 'script with a data: src', build: (run) => `<script src="data:text/javascript,${run}"></script>` },
  { name: 'script split by an inner script', build: (run) => `<scr<script>ipt>${run}</scr</script>ipt>` },
  { name: 'script with a slash for a space', build: (run) => `<script/x>${run}</script>` },
  { name: 'doubled open bracket', build: (run) => `<<script>${run};//<</script>` },
  { name: 'closing script then a new one', build: (run) => `</script><script>${run}</script>` },
  { name: 'title breakout', build: (run) => `</title><script>${run}</script>` },

  // Event handler attributes
  { name: 'img onerror', build: (run) => `<img src=x onerror=${run}>` },
  { name: 'uppercase quoted IMG ONERROR', build: (run) => `<IMG SRC="x" ONERROR="${run}">` },
  { name: 'img with slashes for spaces', build: (run) => `<img/src="x"/onerror=${run}>` },
  { name: 'img with a broken srcset', build: (run) => `<img srcset=",,,x" onerror=${run}>` },
  { name: 'svg onload', build: (run) => `<svg onload=${run}>` },
  { name: 'svg onload with a slash', build: (run) => `<svg/onload=${run}//` },
  { name: 'body onload', build: (run) => `<body onload=${run}>` },
  { name: 'details open ontoggle', build: (run) => `<details open ontoggle=${run}><summary>x</summary></details>` },
  { name: 'input autofocus onfocus', build: (run) => `<input autofocus onfocus=${run}>` },
  { name: 'div onmouseover over the page', build: (run) => `<div onmouseover=${run} style="position:fixed;inset:0">x</div>` },
  { name: 'audio onerror', build: (run) => `<audio src=x onerror=${run}>` },
  { name: 'video source onerror', build: (run) => `<video><source onerror=${run}></video>` },
  { name: 'marquee onstart', build: (run) => `<marquee onstart=${run}>x</marquee>` },
  {
    name: 'style animation onanimationstart',
    build: (run) => `<style>@keyframes probe{}</style><div style="animation-name:probe" onanimationstart=${run}>x</div>`,
  },

  // Frames, objects and URLs in elements
  { name: 'iframe javascript: src', build: (run) => `<iframe src="javascript:parent.${run}"></iframe>` },
  { name: 'iframe srcdoc', build: (run) => `<iframe srcdoc="<script>parent.${run}</script>"></iframe>` },
  { name: 'object javascript: data', build: (run) => `<object data="javascript:parent.${run}"></object>` },
  { name: 'embed javascript: src', build: (run) => `<embed src="javascript:parent.${run}">` },
  { name: 'link with javascript: href', build: (run) => `<a href="javascript:${run}">open</a>` },
  { name: 'form javascript: action', build: (run) => `<form action="javascript:${run}"><button>x</button></form>` },
  { name: 'meta refresh', build: (run) => `<meta http-equiv="refresh" content="0;url=javascript:${run}">` },
  { name: 'base javascript: href', build: (run) => `<base href="javascript:${run}//">` },
  { name: 'stylesheet javascript: href', build: (run) => `<link rel=stylesheet href="javascript:${run}">` },
  { name: 'template with an img', build: (run) => `<template><img src=x onerror=${run}></template>` },

  // SVG and MathML
  { name: 'svg script', build: (run) => `<svg><script>${run}</script></svg>` },
  { name: 'svg script with a data: href', build: (run) => `<svg><script href="data:text/javascript,${run}"/></svg>` },
  { name: 'svg animate onbegin', build: (run) => `<svg><animate onbegin=${run} attributeName=x dur=1s>` },
  { name: 'svg link with xlink:href', build: (run) => `<svg><a xlink:href="javascript:${run}"><text y=20>x</text></a></svg>` },
  { name: 'svg foreignObject img', build: (run) => `<svg><foreignObject><img src=x onerror=${run}></foreignObject></svg>` },
  { name: 'svg title with an img', build: (run) => `<svg><title><img src=x onerror=${run}></title></svg>` },
  { name: 'math mglyph style namespace confusion', build: (run) => `<math><mtext><table><mglyph><style><img src=x onerror=${run}>` },
  { name: 'math javascript: href', build: (run) => `<math href="javascript:${run}"><mi>x</mi></math>` },
  { name: 'math mtext img', build: (run) => `<math><mtext><img src=x onerror=${run}></mtext></math>` },

  // Broken and nested markup
  { name: 'unclosed img', build: (run) => `<img src=x onerror=${run}` },
  { name: 'unclosed svg', build: (run) => `<svg onload=${run}` },
  { name: 'comment closed early', build: (run) => `<!--><img src=x onerror=${run}>-->` },
  { name: 'comment closed with --!>', build: (run) => `<!-- --!><img src=x onerror=${run}>` },
  { name: 'CDATA section', build: (run) => `<![CDATA[><img src=x onerror=${run}>]]>` },
  { name: 'noscript title breakout', build: (run) => `<noscript><p title="</noscript><img src=x onerror=${run}>">` },
  { name: 'textarea breakout', build: (run) => `</textarea><img src=x onerror=${run}>` },
  { name: 'style breakout', build: (run) => `</style><img src=x onerror=${run}>` },
  { name: 'Lit comment marker', build: (run) => `<!--?lit$1234$--><img src=x onerror=${run}>` },
  { name: 'Lit attribute marker', build: (run) => `lit$1234$ <?lit$1234$> <img src=x onerror=${run}>` },

  // Encoded markup
  { name: 'named references', build: (run) => `&lt;script&gt;${run}&lt;/script&gt;` },
  { name: 'hex references', build: (run) => `&#x3C;img src=x onerror=${run}&#x3E;` },
  { name: 'decimal references', build: (run) => `&#60;img src=x onerror=${run}&#62;` },
  { name: 'handler spelled in decimal references', build: (run) => `<img src=x onerror="${toDecimalReferences(run)}">` },
  { name: 'double-encoded references', build: (run) => `&amp;lt;script&amp;gt;${run}&amp;lt;/script&amp;gt;` },
  { name: 'percent-encoded script', build: (run) => `%3Cscript%3E${run}%3C%2Fscript%3E` },
  { name: 'fullwidth brackets', build: (run) => `＜script＞${run}＜/script＞` },

  // Template expressions
  { name: 'template literal placeholder', build: (run) => '${' + run + '}' },
  { name: 'backtick template literal', build: (run) => '`${document.cookie}${' + run + '}`' },
  { name: 'Angular-style constructor call', build: (run) => `{{constructor.constructor('${run}')()}}` },
  { name: 'string breakout', build: (run) => `';${run};//";${run};//` },

  // Attribute breakouts
  { name: 'double quote onmouseover', build: (run) => `" onmouseover="${run}` },
  { name: 'single quote autofocus onfocus', build: (run) => `' autofocus onfocus='${run}` },
  { name: 'double quote close and img', build: (run) => `"><img src=x onerror=${run}>` },
  { name: 'single quote close and svg', build: (run) => `'><svg onload=${run}>` },
  { name: 'unquoted attribute breakout', build: (run) => ` x onfocus=${run} autofocus tabindex=0 ` },

  // URL schemes
  { name: 'javascript: URL', build: (run) => `javascript:${run}` },
  { name: 'mixed-case javascript: URL with a space', build: (run) => ` JaVaScRiPt:${run}` },
  { name: 'javascript: URL with a tab', build: (run) => `java\tscript:${run}` },
  { name: 'javascript: URL with an encoded colon', build: (run) => `javascript&#58;${run}` },
  { name: 'javascript: URL in hex references', build: (run) => toHexReferences(`javascript:${run}`) },
  { name: 'data: HTML URL', build: (run) => `data:text/html,<script>${run}</script>` },
  { name: 'data: base64 URL', build: (run) => `data:text/html;base64,${btoa(`<script>${run}</script>`)}` },
  { name: 'vbscript: URL', build: (run) => `vbscript:${run}` },

  // Control characters and Unicode
  { name: 'null byte in a script tag', build: (run) => `<scr\u0000ipt>${run}</scr\u0000ipt>` },
  { name: 'null byte in a handler name', build: (run) => `<img src=x on\u0000error=${run}>` },
  { name: 'null byte in a javascript: URL', build: (run) => `java\u0000script:${run}` },
  { name: 'line separators around an img', build: (run) => `\u2028<img src=x onerror=${run}>\u2029` },
  { name: 'right-to-left override', build: (run) => `\u202E<img src=x onerror=${run}>\u202C` },
  { name: 'zero-width space in a handler name', build: (run) => `<img src=x on\u200Berror=${run}>` },
  { name: 'byte order mark before a script', build: (run) => `\uFEFF<script>${run}</script>` },
  { name: 'lone surrogates around an img', build: (run) => `\uD800<img src=x onerror=${run}>\uDFFF` },

  // Very long strings
  { name: '60,000 letters then an img', build: (run) => `${'A'.repeat(60_000)}<img src=x onerror=${run}>` },
  { name: '2,000 nested divs', build: (run) => `${'<div>'.repeat(2000)}<img src=x onerror=${run}>${'</div>'.repeat(2000)}` },
  { name: '5,000 quotes then svg', build: (run) => `${'"'.repeat(5000)}><svg onload=${run}>` },
];
