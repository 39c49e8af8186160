/**
 * The built-in frameworks. DigCompEdu is part of the widget; the other
 * presets are loaded with `import()` the first time a page asks for one, so a
 * page with the default rose does not download them.
 */
import { normaliseFramework, type Framework, type FrameworkInput } from './framework.js';
import { digCompEdu } from './frameworks/digcompedu.js';

export const defaultPreset = 'digcompedu';
export const presetIds = [defaultPreset, 'digcomp-2.2', 'modules-19'] as const;
export type PresetId = (typeof presetIds)[number];

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (presetIds as readonly string[]).includes(value);
}

/** The preset's data: at once for the default one (no extra request), else from its own chunk. */
export function loadPreset(id: PresetId): FrameworkInput | Promise<FrameworkInput> {
  switch (id) {
    case 'digcompedu':
      return digCompEdu;
    case 'digcomp-2.2':
      return import('./frameworks/digcomp.js').then((module) => module.digComp22);
    case 'modules-19':
      return import('./frameworks/modules19.js').then((module) => module.modules19);
  }
}

const normalised = new WeakMap<FrameworkInput, Framework>();

/**
 * A preset in the form the rose draws, made once per page however many roses
 * show it. Presets skip validation: they are fixed data, and
 * test/unit/competentieroos/framework.test.ts checks that each one passes it.
 */
export function presetFramework(input: FrameworkInput): Framework {
  let framework = normalised.get(input);
  if (!framework) {
    framework = normaliseFramework(input);
    normalised.set(input, framework);
  }
  return framework;
}
