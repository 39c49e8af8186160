/**
 * The all-in-one entry, `@digisprong/widgets`: importing it registers every
 * widget (each re-export below evaluates that widget's define module) and
 * gives the classes and the registration helper for apps that want them.
 *
 * To register only some widgets, import their own entries instead
 * (`@digisprong/widgets/cost-calculator`), or a class without registering it
 * (`@digisprong/widgets/cost-calculator/class`).
 */
export { DigiCompetentieroos } from './components/competentieroos/define.js';
export { DigiCostCalculator } from './components/cost-calculator/define.js';
export { DigiCyberChecklist } from './components/cyber-checklist/define.js';
export { DigiLeerIDLogin } from './components/leerid-login/define.js';
export { DigiRefurbisherFinder } from './components/refurbisher-finder/define.js';

export { defineElement, type DefineOptions } from './core/define.js';
export { prepareServerRender } from './server.js';
export { VERSION } from './core/version.js';
export type * from './types.js';
