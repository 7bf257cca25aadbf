/**
 * Storybook controls and docs tables built from custom-elements.json, so a
 * story's controls follow the elements' JSDoc and cannot drift from it.
 * `npm run analyze` (also run by `npm run build`) writes the manifest.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface ManifestType {
  text: string;
}

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: ManifestType;
  parsedType?: ManifestType;
  fieldName?: string;
  default?: string;
}

interface ManifestMember {
  kind: string;
  name: string;
  description?: string;
  type?: ManifestType;
  attribute?: string;
  privacy?: string;
  static?: boolean;
}

interface ManifestNamedItem {
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
}

/** The parts of a custom element's manifest entry that the stories read. */
export interface ElementDeclaration {
  tagName: string;
  name: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestNamedItem[];
  slots?: ManifestNamedItem[];
  cssParts?: ManifestNamedItem[];
  cssProperties?: ManifestNamedItem[];
}

const declarations = (manifest.modules as { declarations?: unknown[] }[])
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ElementDeclaration => typeof (declaration as ElementDeclaration).tagName === 'string');

/** Returns the manifest entry of `tag`, or throws when the manifest has none. */
export function elementDeclaration(tag: string): ElementDeclaration {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  if (!declaration) {
    throw new Error(`<${tag}> is missing from custom-elements.json; run \`npm run analyze\` to regenerate it.`);
  }
  return declaration;
}

/** The names of every event that any element sends, for the Actions panel. */
export const EVENT_NAMES = [...new Set(declarations.flatMap((declaration) => (declaration.events ?? []).map((event) => event.name)))];

/**
 * Returns the string literals of a union type text such as
 * `'auto' | 'plain' | 'jsonapi' | null`, or null when any member is not one.
 */
function literalOptions(typeText: string): string[] | null {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'null' && member !== 'undefined');
  if (members.length === 0) return null;
  const options = members.map((member) => /^'([^']*)'$|^"([^"]*)"$/.exec(member)).map((match) => (match ? (match[1] ?? match[2]) : null));
  return options.every((option) => option !== null) ? (options as string[]) : null;
}

function attributeControl(attribute: ManifestAttribute): ArgTypes[string]['control'] {
  const typeText = attribute.parsedType?.text ?? attribute.type?.text ?? 'string';
  const options = literalOptions(typeText);
  if (options) return { type: 'select' };
  if (/\bboolean\b/.test(typeText)) return { type: 'boolean' };
  if (/\bnumber\b/.test(typeText)) return { type: 'number' };
  return { type: 'text' };
}

/** Returns the public properties without an attribute, such as `tickets`. */
function propertyOnlyMembers(declaration: ElementDeclaration): ManifestMember[] {
  return (declaration.members ?? []).filter(
    // The analyzer writes `privacy: 'public'` for the fields of `static
    // properties` and leaves it out for other public fields.
    (member) =>
      member.kind === 'field' &&
      !member.attribute &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('#'),
  );
}

/**
 * Builds the argTypes of `tag`: one control for each attribute, under the
 * attribute's name, and docs rows without controls for the properties,
 * events, slots, parts and CSS custom properties.
 */
export function argTypesFor(tag: string): ArgTypes {
  const declaration = elementDeclaration(tag);
  const argTypes: ArgTypes = {};
  const docsRow = (category: string, item: ManifestNamedItem | ManifestMember, key: string) => {
    argTypes[key] = {
      name: item.name,
      description: item.description,
      control: false,
      table: { category, type: item.type ? { summary: item.type.text } : undefined },
    };
  };

  for (const attribute of declaration.attributes ?? []) {
    const typeText = attribute.parsedType?.text ?? attribute.type?.text;
    // An attribute without a field, such as the card's `due-state`, is set
    // by the element itself, so a control for it would have no effect.
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      control: attribute.fieldName ? attributeControl(attribute) : false,
      options: typeText ? (literalOptions(typeText) ?? undefined) : undefined,
      table: { category: 'attributes', type: typeText ? { summary: typeText } : undefined },
    };
  }
  for (const member of propertyOnlyMembers(declaration)) {
    // `tickets` and `ticket` take data, so the stories set them as args;
    // the other properties take functions or headers.
    const dataProperty = member.name === 'tickets' || member.name === 'ticket';
    argTypes[member.name] = {
      name: member.name,
      description: member.description,
      control: dataProperty ? { type: 'object' } : false,
      table: { category: 'properties', type: member.type ? { summary: member.type.text } : undefined },
    };
  }
  for (const event of declaration.events ?? []) docsRow('events', event, `event:${event.name}`);
  for (const slot of declaration.slots ?? []) docsRow('slots', { ...slot, name: slot.name || '(default)' }, `slot:${slot.name}`);
  for (const part of declaration.cssParts ?? []) docsRow('css shadow parts', part, `part:${part.name}`);
  for (const property of declaration.cssProperties ?? []) {
    docsRow('css custom properties', { ...property, description: property.description ?? `Default: \`${property.default}\`.` }, `cssprop:${property.name}`);
  }
  return argTypes;
}

/** The story args: attribute values under their attribute names, and the data properties. */
export type ElementArgs = Record<string, unknown>;

/**
 * Creates `tag` with the attributes and properties in `args`. An attribute
 * arg that is null, undefined, '' or false leaves the attribute out.
 * `children` become the element's light DOM, such as slotted content.
 */
export function createElementFromArgs(tag: string, args: ElementArgs, children: Node[] = []): HTMLElement {
  const declaration = elementDeclaration(tag);
  const element = document.createElement(tag);
  const attributeNames = new Set((declaration.attributes ?? []).map((attribute) => attribute.name));
  const propertyNames = new Set(propertyOnlyMembers(declaration).map((member) => member.name));

  for (const [name, value] of Object.entries(args)) {
    if (attributeNames.has(name)) {
      if (value === null || value === undefined || value === '' || value === false) continue;
      element.setAttribute(name, value === true ? '' : String(value));
    } else if (propertyNames.has(name) && value !== undefined) {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
  element.append(...children);
  return element;
}

/** Wraps `element` in an Arabic, right-to-left block, as on a page with `dir="rtl"`. */
export function rightToLeft(element: HTMLElement): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.dir = 'rtl';
  wrapper.lang = 'ar';
  wrapper.append(element);
  return wrapper;
}
