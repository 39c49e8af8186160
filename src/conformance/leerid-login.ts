/** Conformance report of <digi-leerid-login> (the "Aanmelden met LeerID" button). */
import { defineReport, entry, extend, screenReaders } from './common.js';
import type { WidgetInfo } from './types.js';

const widget: WidgetInfo = {
  name: 'leerid-login',
  tag: 'digi-leerid-login',
  label: 'LeerID-aanmelden (LeerID login button)',
  storiesFile: 'stories/widgets/leerid-login.stories.ts',
  storyTitle: 'Widgets/LeerID-aanmelden',
};

const file = 'test/browser/leerid-login.test.ts';
const t = (name: string) => ({ file, name });
const realButton = t('<digi-leerid-login> the button > is a real button in the shadow root, named with LeerID, accessible in every variant and size');
const size = t("<digi-leerid-login> the button > is at least 44 x 44 px at every size, the library's target, and grows with size");
const focusRing = t('<digi-leerid-login> the button > takes focus from outside (delegatesFocus) and shows a focus ring');
const mark = t('<digi-leerid-login> the button > shows its own mark, which a slotted image replaces');
const busy = t('states set by the site > busy: says so, shows a spinner, stays focusable and ignores clicks');
const error = t('states set by the site > error: a plain-language message for the code, tied to the button');
const screenReader = {
  file: 'test/browser/screen-reader/leerid-login.test.ts',
  name: '<digi-leerid-login> with a screen reader > names the button, says it is busy, then announces the error once and ties it to the button',
};
const wcag22 = (name: string) => ({ file: 'test/browser/wcag22.test.ts', name: `3.3.8 Accessible Authentication (Minimum): the LeerID button > ${name}` });
const asksNothing = wcag22('asks for nothing on the page: no field, no puzzle, no CAPTCHA, no frame, in every variant and state');
const oneClick = wcag22('signs in with one click: a plain redirect to the provider, no step on this page, paste left alone');
const e2e = (name: string) => ({ file: 'test/e2e/leerid-login.test.ts', name });
const fullLogin = e2e('login with mode="redirect" (public client) > click, provider login, consent, back: the validated claims arrive in digi-leerid-login');
const thirtyMinutes = e2e('a stranger’s answer does not destroy the login in progress > a login older than 30 minutes has to start again');
const refused = e2e('tampering is refused > access_denied: refusing at the provider brings a plain message, and the button works again');

const noInput = 'The button asks for no input. When a login fails, a plain-language message says what happened, tied to the button (see 4.1.3).';

export const report = defineReport(
  widget,
  [
    'Default',
    'Dark',
    'Outline',
    'Small',
    'Large',
    'FullWidth',
    'AllVariantsAndSizes',
    'Disabled',
    'Busy',
    'ErrorCancelled',
    'ErrorNetwork',
    'ErrorRefused',
    'ErrorUnavailable',
    'ConfigurationError',
    'CustomMark',
    'MockedProvider',
  ],
  {
    '1.1.1': extend({
      remarks: 'The LeerID mark is decorative next to the button text "Aanmelden met LeerID"; a site’s own image in the mark slot replaces it.',
      evidence: [realButton, mark],
    }),
    '1.3.1': extend({ evidence: [realButton] }),
    '2.2.1': entry(
      'partially-supports',
      'One time limit: a login must come back from LeerID within 30 minutes, otherwise the person is asked to start again (one click; nothing typed on the page is lost). It cannot be turned off or extended, as it protects the login. The login page at LeerID has its own limits.',
      [thirtyMinutes],
    ),
    '2.2.2': extend({
      remarks: 'While the provider is reached, a busy spinner turns (a loading indicator, which WCAG treats as essential); with reduced motion it stands still.',
      evidence: [busy],
    }),
    '2.4.6': entry(
      'supports',
      'The one control is labelled "Aanmelden met LeerID" (in French and English its translation), which the screen-reader test hears word for word.',
      [screenReader],
    ),
    '2.4.7': extend({ evidence: [focusRing] }),
    '2.5.3': entry('supports', 'The button’s accessible name is its visible text.', [realButton, screenReader], []),
    '2.5.8': extend({ evidence: [size] }),
    '3.2.2': entry('not-applicable', 'The widget has no field or setting to change; the move to LeerID happens only when the button is pressed.'),
    '3.3.1': entry('not-applicable', noInput, [error]),
    '3.3.3': entry('not-applicable', noInput, [error, refused]),
    '3.3.8': entry(
      'supports',
      'The button asks for nothing on this page (no field, puzzle or CAPTCHA): signing in is a redirect to LeerID. The login page itself is LeerID’s; a school cites LeerID’s own statement for it.',
      [asksNothing, oneClick, fullLogin],
    ),
    '4.1.2': extend({ evidence: [realButton, busy, screenReader] }),
    '4.1.3': entry(
      'supports',
      'Busy is said politely, a failed login assertively, each once, and the message stays tied to the button as its description.',
      [busy, error, screenReader],
      screenReaders('Press the button with the provider unreachable; "busy" and then the error are heard once each.'),
    ),
  },
);
