/** Shorthand for the built-in frameworks' texts: Dutch, French, English. */
import type { LocalTextInput } from '../framework.js';

export const t = (nl: string, fr: string, en: string): LocalTextInput => ({ nl, fr, en });
