import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { report } from '../../src/conformance/cyber-checklist.js';
import { conformancePage } from '../support/conformance.js';

/**
 * The WCAG 2.2 A/AA conformance report of <digi-cyber-checklist>, from src/conformance/cyber-checklist.ts:
 * what a school can cite in its accessibility statement (see Docs/Accessibility).
 */
const meta = {
  title: 'Conformance/Cyberveiligheid-checklist',
  render: () => conformancePage(report),
  parameters: {
    docs: {
      description: {
        component:
          'Per success criterion: the status (VPAT/OpenACR terms), remarks, the automated tests behind it and the checks still to do by hand. ' +
          'Also in the npm package as `dist/conformance/cyber-checklist.json` and `dist/conformance/openacr.yaml`.',
      },
    },
  },
} satisfies Meta;

export default meta;

export const Report: StoryObj = {};
