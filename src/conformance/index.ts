/** Every widget's conformance report, in the order of the README. */
import { report as costCalculator } from './cost-calculator.js';
import { report as competentieroos } from './competentieroos.js';
import { report as leeridLogin } from './leerid-login.js';
import { report as refurbisherFinder } from './refurbisher-finder.js';
import { report as cyberChecklist } from './cyber-checklist.js';
import type { ConformanceReport } from './types.js';

export const reports: ConformanceReport[] = [costCalculator, competentieroos, leeridLogin, refurbisherFinder, cyberChecklist];

export { removed, wcag22 } from './wcag22.js';
export type { ConformanceReport, CriterionReport, ManualCheck, Status, TestRef } from './types.js';
