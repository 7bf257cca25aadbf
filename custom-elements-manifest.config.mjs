/**
 * Configuration of `cem analyze` (@custom-elements-manifest/analyzer), which
 * writes custom-elements.json from the classes' JSDoc and Lit decorators.
 * Run it with `npm run analyze`. `npm run build` runs it too.
 */
import path from 'node:path';
import ts from 'typescript';

/** Reads the compiler options of tsconfig.json, so the checker resolves types as `tsc` does. */
function compilerOptions() {
  const { config, error } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  if (error) throw new Error(`Failed to read tsconfig.json: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  return ts.parseJsonConfigFileContent(config, ts.sys, process.cwd()).options;
}

/**
 * Returns a function that creates a TypeScript program over the manifest's
 * modules on first use, for the plugins below to share. The analyzer
 * parses each file on its own and has no type checker.
 */
function createProgramCache() {
  let program = null;
  return (customElementsManifest) => {
    program ??= ts.createProgram(
      customElementsManifest.modules.map((module) => path.resolve(module.path)),
      compilerOptions(),
    );
    return program;
  };
}

/** Calls `visit` with each class declaration of the manifest and its TypeScript node. */
function forEachClass(program, customElementsManifest, visit) {
  for (const module of customElementsManifest.modules) {
    const sourceFile = program.getSourceFile(path.resolve(module.path));
    if (!sourceFile) continue;
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const classNode = sourceFile.statements.find(
        (statement) => ts.isClassDeclaration(statement) && statement.name?.text === declaration.name,
      );
      if (classNode) visit(declaration, classNode);
    }
  }
}

/**
 * Adds `parsedType` to each attribute and field whose type is a union of
 * string literals, such as `format`, whose declared type `ResponseFormat`
 * names an alias. Storybook's controls read the options from `parsedType`.
 * The field name is the one that @wc-toolkit/type-parser writes, so tools
 * that read it understand these.
 */
function literalUnionTypes(programOf) {
  /** Returns `'a' | 'b' | null` for a union of string literals, or null for any other type. */
  const literalUnionText = (type) => {
    if (!type.isUnion()) return null;
    const nullish = ts.TypeFlags.Null | ts.TypeFlags.Undefined;
    const values = type.types.filter((member) => !(member.flags & nullish));
    if (values.length === 0 || !values.every((member) => member.isStringLiteral())) return null;

    const names = values.map((member) => `'${member.value}'`);
    if (type.types.some((member) => member.flags & ts.TypeFlags.Null)) names.push('null');
    if (type.types.some((member) => member.flags & ts.TypeFlags.Undefined)) names.push('undefined');
    return names.join(' | ');
  };

  return {
    name: 'literal-union-types',
    packageLinkPhase({ customElementsManifest }) {
      const program = programOf(customElementsManifest);
      const checker = program.getTypeChecker();
      forEachClass(program, customElementsManifest, (declaration, classNode) => {
        const classType = checker.getTypeAtLocation(classNode);
        const fields = (declaration.members ?? []).filter((member) => member.kind === 'field');
        for (const item of [...(declaration.attributes ?? []), ...fields]) {
          const symbol = classType.getProperty(item.fieldName ?? item.name);
          if (!symbol) continue;
          const text = literalUnionText(checker.getTypeOfSymbolAtLocation(symbol, classNode));
          if (text) item.parsedType = { text };
        }
      });
    },
  };
}

/**
 * Returns every `var(--name, fallback)` in a style sheet's text, with the
 * fallback as written. Fallbacks may contain parentheses, such as
 * `rgb(0 0 0 / 6%)`, so the scan counts them.
 */
function customPropertyReads(cssText, prefix) {
  const reads = [];
  const start = /var\(\s*(--[\w-]+)\s*(,?)/g;
  for (let match = start.exec(cssText); match; match = start.exec(cssText)) {
    const [, name, comma] = match;
    if (!name.startsWith(prefix)) continue;
    let fallback;
    if (comma) {
      let depth = 0;
      let end = start.lastIndex;
      for (; end < cssText.length; end += 1) {
        if (cssText[end] === '(') depth += 1;
        else if (cssText[end] === ')') {
          if (depth === 0) break;
          depth -= 1;
        }
      }
      fallback = cssText.slice(start.lastIndex, end).trim();
    }
    reads.push({ name, fallback });
  }
  return reads;
}

/**
 * Adds to each element the public custom properties (`--tickets-*`) that
 * its `static styles` read but its JSDoc has no `@cssprop` for, with the
 * fallback in the styles as `default`. The analyzer does not read CSS, and
 * every element adopts the shared theme, which reads all of them. Such a
 * property has no description, because another element's `@cssprop` of the
 * same name describes what it does there.
 */
function stylesCustomProperties(programOf, prefix) {
  /** Returns the texts of the `css` templates that an expression of `static styles` refers to. */
  const cssTexts = (checker, node, seen = new Set()) => {
    if (!node || seen.has(node)) return [];
    seen.add(node);
    if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => cssTexts(checker, element, seen));
    if (ts.isTaggedTemplateExpression(node)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) return [template.text];
      return [
        [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(''),
        ...template.templateSpans.flatMap((span) => cssTexts(checker, span.expression, seen)),
      ];
    }
    if (ts.isIdentifier(node)) {
      let symbol = checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      return declaration && ts.isVariableDeclaration(declaration) ? cssTexts(checker, declaration.initializer, seen) : [];
    }
    return [];
  };

  return {
    name: 'styles-custom-properties',
    packageLinkPhase({ customElementsManifest }) {
      const program = programOf(customElementsManifest);
      const checker = program.getTypeChecker();

      forEachClass(program, customElementsManifest, (declaration, classNode) => {
        if (!declaration.tagName) return;
        const styles = classNode.members.find(
          (member) =>
            ts.isPropertyDeclaration(member) &&
            member.name.getText() === 'styles' &&
            member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
        );
        if (!styles) return;

        declaration.cssProperties ??= [];
        const documented = new Map(declaration.cssProperties.map((property) => [property.name, property]));
        for (const { name, fallback } of cssTexts(checker, styles.initializer).flatMap((text) => customPropertyReads(text, prefix))) {
          let property = documented.get(name);
          if (!property) {
            property = { name };
            declaration.cssProperties.push(property);
            documented.set(name, property);
          }
          if (fallback !== undefined && property.default === undefined) property.default = fallback;
        }
      });
    },
  };
}

/**
 * Adds the parts that one element forwards from another with `exportparts`
 * under a prefix, such as `card-due` on `<my-open-tickets>` for the `due`
 * part of each `<ticket-card>`. The analyzer reads only `@csspart` tags, and
 * listing each forwarded part there would repeat the card's list.
 */
function forwardedParts({ from, to, prefix, except = [] }) {
  return {
    name: 'forwarded-parts',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const source = declarations.find((declaration) => declaration.tagName === from);
      const target = declarations.find((declaration) => declaration.tagName === to);
      if (!source || !target) throw new Error(`forwarded-parts: <${from}> or <${to}> not found in the manifest.`);

      target.cssParts ??= [];
      const names = new Set(target.cssParts.map((part) => part.name));
      for (const part of source.cssParts ?? []) {
        const name = `${prefix}${part.name}`;
        if (except.includes(part.name) || names.has(name)) continue;
        target.cssParts.push({ name, description: `Forwarded \`${part.name}\` part of each \`<${from}>\`: ${part.description ?? ''}`.trim() });
      }
    },
  };
}

/**
 * Removes `custom-element-definition` exports whose name is no element's
 * tag. The analyzer reads `customElements.define(tag, element)` inside
 * src/define.ts's `defineElement` helper as the definition of a tag named
 * "tag".
 */
function knownDefinitionsOnly() {
  return {
    name: 'known-definitions-only',
    packageLinkPhase({ customElementsManifest }) {
      const tags = new Set(
        customElementsManifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean),
      );
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter((exported) => exported.kind !== 'custom-element-definition' || tags.has(exported.name));
      }
    },
  };
}

/**
 * Rewrites the manifest's module paths from the TypeScript sources to the
 * published modules, `src/x/y.ts` to `dist/x/y.js`, because the package
 * ships only `dist/`. The vite build keeps src/'s folder layout in dist/.
 */
function distModulePaths() {
  // The analyzer writes imported modules as `/src/x/y.js`, its own as
  // `src/x/y.ts`, and the modules of re-exports as the import specifier,
  // such as `./define.js`, relative to the re-exporting module.
  const toDist = (modulePath, from) => {
    const fromRoot = modulePath.startsWith('.') ? path.posix.join(path.posix.dirname(from), modulePath) : modulePath;
    return fromRoot.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  };

  return {
    name: 'dist-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const sourcePath = module.path;
        const rewriteReference = (reference) => {
          if (reference?.module) reference.module = toDist(reference.module, sourcePath);
        };
        module.path = toDist(sourcePath, sourcePath);
        for (const declaration of module.declarations ?? []) {
          rewriteReference(declaration.superclass);
          const items = [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])];
          for (const item of items) rewriteReference(item.inheritedFrom);
        }
        for (const exported of module.exports ?? []) rewriteReference(exported.declaration);
      }
    },
  };
}

/**
 * Sorts the modules by path. The analyzer lists them in the order its
 * file reads finish, which changes from run to run, and a stable order
 * keeps the committed manifest free of churn.
 */
function stableModuleOrder() {
  return {
    name: 'stable-module-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

const programOf = createProgramCache();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // Plugins run in this order: the ones that read src/ run before the
  // module paths change to dist/.
  plugins: [
    literalUnionTypes(programOf),
    stylesCustomProperties(programOf, '--tickets-'),
    forwardedParts({ from: 'ticket-card', to: 'my-open-tickets', prefix: 'card-', except: ['card'] }),
    knownDefinitionsOnly(),
    distModulePaths(),
    stableModuleOrder(),
  ],
};
