/** The character that stands for each expression in a joined template. */
export const HOLE: string;

/** Minifies the static text of an `html` template, its parts joined by HOLE. */
export function minifyHtml(text: string): string;

/** Minifies the static text of a `css` template, its parts joined by HOLE. */
export function minifyCss(text: string): string;
