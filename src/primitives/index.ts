/**
 * The shared primitives every widget builds on. They are template functions,
 * not elements: they render into the widget's own shadow root, so labels,
 * hints and `aria-*` references never cross a shadow boundary, and no extra
 * tags need registering (or prefixing).
 */
import { alertStyles } from './alert.js';
import { buttonStyles } from './button.js';
import { cardStyles } from './card.js';
import { choiceGroupStyles } from './choice-group.js';
import { disclosureStyles } from './disclosure.js';
import { fieldStyles } from './field.js';
import { headingStyles } from './heading.js';
import { iconStyles } from './icons.js';
import { progressStyles } from './progress.js';
import { segmentedChoiceStyles } from './segmented-choice.js';
import { tableStyles } from './table.js';

export * from './alert.js';
export * from './announcer.js';
export * from './button.js';
export * from './card.js';
export * from './choice-group.js';
export * from './disclosure.js';
export * from './field.js';
export * from './heading.js';
export * from './icons.js';
export * from './progress.js';
export * from './segmented-choice.js';
export * from './style-properties.js';
export * from './table.js';
export * from './visually-hidden.js';

/** Every primitive's styles, for a widget that uses most of them. */
export const primitiveStyles = [
  iconStyles,
  headingStyles,
  buttonStyles,
  fieldStyles,
  choiceGroupStyles,
  segmentedChoiceStyles,
  alertStyles,
  progressStyles,
  disclosureStyles,
  cardStyles,
  tableStyles,
];
