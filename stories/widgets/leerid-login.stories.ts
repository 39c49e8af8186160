import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/components/leerid-login/define.js';
import { usage } from '../support/usage.js';

interface LeerIDLoginArgs {
  issuer: string;
  clientId: string;
  redirectUri?: string;
  scope?: string;
  prompt?: string;
  mode?: 'redirect' | 'code';
  size: 'small' | 'medium' | 'large';
  variant: 'light' | 'dark' | 'outline';
  fullWidth: boolean;
  disabled: boolean;
  busy: boolean;
  error?: string;
}

/** A provider that exists only in the stories: its discovery document is mocked below. */
const storyIssuer = 'https://leerid.example.test';

const meta = {
  title: 'Widgets/LeerID-aanmelden',
  component: 'digi-leerid-login',
  parameters: { docs: { description: { component: usage('leerid-login', 'Where pupils sign in to an educational app with LeerID, the login of pupils in compulsory education; the app registers as an OpenID Connect client first (the LeerID settings come from the Kenniscentrum).', 'issuer="https://…" client-id="…"') } } },
  render: (args) =>
    html`<digi-leerid-login
      issuer=${args.issuer}
      client-id=${args.clientId}
      redirect-uri=${args.redirectUri ?? nothing}
      scope=${args.scope ?? nothing}
      prompt=${args.prompt ?? nothing}
      mode=${args.mode ?? nothing}
      size=${args.size}
      variant=${args.variant}
      ?full-width=${args.fullWidth}
      ?disabled=${args.disabled}
      ?busy=${args.busy}
      error=${args.error ?? nothing}
    ></digi-leerid-login>`,
  args: {
    issuer: storyIssuer,
    clientId: 'klasapp',
    size: 'medium',
    variant: 'light',
    fullWidth: false,
    disabled: false,
    busy: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    variant: { control: 'inline-radio', options: ['light', 'dark', 'outline'] },
    mode: { control: 'inline-radio', options: ['redirect', 'code'] },
    prompt: { control: 'select', options: [undefined, 'none', 'login', 'consent', 'select_account'] },
    error: {
      control: 'select',
      options: [undefined, 'access_denied', 'login_required', 'server_error', 'network_error', 'no_transaction', 'state_mismatch', 'invalid_client', 'something_else'],
    },
  },
} satisfies Meta<LeerIDLoginArgs>;

export default meta;
type Story = StoryObj<LeerIDLoginArgs>;

/** Light, medium: the button as most sites show it. */
export const Default: Story = {};

export const Dark: Story = { args: { variant: 'dark' } };

/** Follows the theme's text and border colours. */
export const Outline: Story = { args: { variant: 'outline' } };

export const Small: Story = { args: { size: 'small' } };

export const Large: Story = { args: { size: 'large' } };

export const FullWidth: Story = { args: { fullWidth: true } };

/** Every variant in every size, side by side (one focusable button each). */
export const AllVariantsAndSizes: Story = {
  render: (args) =>
    html`${(['light', 'dark', 'outline'] as const).map(
      (variant) =>
        html`<p>
          ${(['small', 'medium', 'large'] as const).map(
            (size) =>
              html`<digi-leerid-login issuer=${args.issuer} client-id=${args.clientId} variant=${variant} size=${size}></digi-leerid-login> `,
          )}
        </p>`,
    )}`,
};

export const Disabled: Story = { args: { disabled: true } };

/** After a click, on the way to LeerID (or while the site's backend finishes the login). */
export const Busy: Story = { args: { busy: true } };

/** The pupil stopped at LeerID (`access_denied`). */
export const ErrorCancelled: Story = { args: { error: 'access_denied' } };

/** LeerID could not be reached. */
export const ErrorNetwork: Story = { args: { error: 'network_error' } };

/** The answer did not match the login this browser started (`state_mismatch`), so it was refused. */
export const ErrorRefused: Story = { args: { error: 'state_mismatch' } };

/** LeerID is down (`server_error`). */
export const ErrorUnavailable: Story = { args: { error: 'server_error' } };

/** Insecure settings: an http issuer and a redirect URI on another site. The button stays disabled. */
export const ConfigurationError: Story = {
  args: { issuer: 'http://leerid.example.test', redirectUri: 'https://elders.example/terug' },
};

/** A site with the right to use the official logo puts it in the `mark` slot. */
export const CustomMark: Story = {
  render: (args) =>
    html`<digi-leerid-login issuer=${args.issuer} client-id=${args.clientId}>
      <svg slot="mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="11" fill="#6a2c91"></circle>
        <path d="M8 6v12h8v-2.6H10.8V6z" fill="#fff"></path>
      </svg>
    </digi-leerid-login>`,
};

/**
 * Answers the story provider's discovery from memory, so the story works
 * offline; every other request goes through untouched. Installed once.
 */
function mockDiscovery(): void {
  const marked = window as typeof window & { __leeridStoryFetch?: true };
  if (marked.__leeridStoryFetch) return;
  marked.__leeridStoryFetch = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url !== `${storyIssuer}/.well-known/openid-configuration`) return realFetch(input, init);
    const document = {
      issuer: storyIssuer,
      authorization_endpoint: `${storyIssuer}/auth`,
      token_endpoint: `${storyIssuer}/token`,
      jwks_uri: `${storyIssuer}/jwks`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
    };
    return Promise.resolve(new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json' } }));
  };
}

/** Shows the authorization request instead of leaving Storybook for a provider that does not exist. */
const withMockedProvider: Decorator = (story) => {
  mockDiscovery();
  const show = (event: Event) => {
    event.preventDefault();
    const url = new URL((event as CustomEvent<{ url: string }>).detail.url);
    const output = (event.currentTarget as HTMLElement).querySelector('output')!;
    output.textContent = [url.origin + url.pathname, ...[...url.searchParams].map(([key, value]) => `  ${key} = ${value}`)].join('\n');
  };
  return html`<div @digi-leerid-redirect=${show}>
    ${story()}
    <p>Aanvraag die naar LeerID zou gaan:</p>
    <pre><output aria-live="polite"></output></pre>
  </div>`;
};

/**
 * Against a mocked discovery document: click to see the authorization
 * request (PKCE S256 challenge, state, nonce, ui_locales) the button would
 * send the browser to. The code verifier, state and nonce are in this tab's
 * sessionStorage.
 */
export const MockedProvider: Story = {
  args: { scope: 'openid profile' },
  decorators: [withMockedProvider],
};
