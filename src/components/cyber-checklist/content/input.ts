/** The shape built-in content is written in: what `parseContent` accepts. */
import type * as v from 'valibot';
import type { contentSchema } from '../content.js';

export type ContentInput = v.InferInput<typeof contentSchema>;
