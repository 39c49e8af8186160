/**
 * The built-in settings and their sources: what the calculator shows when a
 * site configures nothing. Kept apart from the validator (config.ts), which
 * the widget loads only when there is a configuration to read. Pure, no DOM.
 */
import type { ResolvedConfig, Source } from './config.types.js';
import { acquisitions } from './model.js';

const euro = 100;
const zeroCosts = {
  insuranceCents: 0,
  repairsCents: 0,
  managementCents: 0,
  accessoriesCents: 0,
  setupCents: 0,
  wipingCents: 0,
  residualCents: 0,
};

export function defaultConfig(): ResolvedConfig {
  const sources: Record<string, Source> = {
    vatRate: { id: 'vat' },
    horizonYears: { id: 'assumption' },
    devices: { id: 'assumption' },
    digiplanPerStaff: { id: 'digiplan' },
    feeBand: { id: 'court-of-audit' },
    depositBand: { id: 'court-of-audit' },
    shares: { id: 'derived' },
    freeMaterials: { id: 'free-materials' },
    'reference.buy.amount': { id: 'school-prices' },
    'reference.lease.amount': { id: 'school-prices' },
    'reference.refurbished.amount': { id: 'assumption' },
  };
  for (const kind of acquisitions) sources[`reference.${kind}.lifetimeYears`] = { id: 'assumption' };
  return {
    constants: {
      digiplanPerStaffCents: 628 * euro,
      feeBand: { minCents: 0, maxCents: 150 * euro },
      depositBand: { minCents: 0, maxCents: 150 * euro },
      shares: {
        // Theme 2 covers all of basisonderwijs: about 266,000 kindergarten + 463,000
        // primary pupils (Statistiek Vlaanderen, 2017-2018), not primary alone.
        primary: { budgetCents: 70_000_000 * euro, pupils: 729_000, pupilsAsOf: '2017-2018' },
        secondary: { budgetCents: 90_000_000 * euro, pupils: 442_306, pupilsAsOf: '2019' },
      },
    },
    vatRatePercent: 21,
    // Six school years: one whole primary or secondary school career.
    horizonYears: 6,
    devices: 100,
    maxScenarios: 6,
    reference: {
      // EUR 500-600 for a pupil laptop in school communications: the middle.
      buy: { amountCents: 550 * euro, lifetimeYears: 4, ...zeroCosts },
      lease: { amountCents: 19 * euro, lifetimeYears: 3, ...zeroCosts },
      refurbished: { amountCents: 350 * euro, lifetimeYears: 3, ...zeroCosts },
    },
    sources,
    seeds: {},
  };
}

