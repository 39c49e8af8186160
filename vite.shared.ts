/**
 * Vite settings shared by vitest and Storybook, so both transform and
 * pre-bundle the source the same way.
 */
import type { Plugin, UserConfig } from 'vite';

/** The browser every test and screenshot uses: Debian's Chromium unless CHROME_PATH says otherwise. */
export const chromiumPath = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/**
 * @open-wc/testing pulls in Web Test Runner's command bridge, which imports a
 * web-socket module only that runner serves. Under Vite it resolves to a stub
 * whose commands fail clearly if anything ever calls them.
 */
export function webTestRunnerBridgeStub(): Plugin {
  const id = '__web-dev-server__web-socket.js';
  const resolved = '\0wtr-web-socket-stub';
  return {
    name: 'digi:wtr-web-socket-stub',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith(id) ? resolved : null),
    load: (source) =>
      source === resolved
        ? `export function sendMessage() { return Promise.reject(new Error('Web Test Runner commands are not available under vitest')); }
export default { sendMessage };`
        : null,
  };
}

// Decorators: Vite's transform reads experimentalDecorators from tsconfig.json.
export const sharedViteConfig: UserConfig = {
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive.js',
      'lit/directive-helpers.js',
      'lit/directives/class-map.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'lit/directives/style-map.js',
      'lit/directives/repeat.js',
      '@lit/localize',
      '@lit/localize/internal/runtime-msg.js',
      'axe-core',
      // The React wrappers' test: listed so Vite does not discover them mid-run and reload.
      '@lit/react',
      'react',
      'react-dom/client',
    ],
  },
};
