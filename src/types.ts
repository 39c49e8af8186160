/**
 * The public types beyond the classes, gathered for the package root: each
 * widget's event map (for typed listeners) and the JSX element types. Types
 * only; nothing here runs.
 */
export type { DigiCompetentieroosEventMap } from './components/competentieroos/competentieroos.js';
export type { DigiCostCalculatorEventMap } from './components/cost-calculator/cost-calculator.js';
export type { DigiCyberChecklistEventMap } from './components/cyber-checklist/cyber-checklist.js';
export type { DigiLeerIDLoginEventMap } from './components/leerid-login/leerid-login.js';
export type { DigiRefurbisherFinderEventMap } from './components/refurbisher-finder/refurbisher-finder.js';
export type { DigiElementProps, DigiIntrinsicElements } from './jsx.js';
