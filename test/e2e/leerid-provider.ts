/**
 * A real OpenID provider for the LeerID end-to-end tests: `oidc-provider` on
 * 127.0.0.1 (a free port), with one test pupil, a public test client for the
 * page under test, and a small login and consent flow of its own (Dutch
 * pages without scripts, styles or requests to anywhere else; the library's
 * development pages load a web font from the internet).
 *
 * The provider signs ID tokens with a key made here, so a test can forge a
 * correctly signed ID token with one claim changed (`signIdToken`) and show
 * that the widget checks the claims themselves.
 */
import { createPrivateKey, generateKeyPairSync, randomUUID, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type InteractionDetails } from 'oidc-provider';

export const testUser = {
  login: 'lotte',
  password: 'leren-is-fijn',
  claims: {
    name: 'Lotte Peeters',
    given_name: 'Lotte',
    family_name: 'Peeters',
    // A provider-specific claim, as the Flemish government's login adds; passed through untouched.
    vo_id: 'b6f0c3de-5d1e-4a7e-9d8e-0c1f2a3b4c5d',
  },
} as const;

export const testClientId = 'klasapp-test';

/** A confidential client (client secret) for `mode="code"`, whose backend alone can redeem a code. */
export const backendClient = { id: 'klasapp-backend', secret: 'geheim-van-de-backend-0123456789' } as const;

export interface TestProvider {
  /** `http://127.0.0.1:PORT`, the issuer identifier (no trailing slash). */
  readonly issuer: string;
  readonly clientId: string;
  /** Signs `claims` as an ID token with the provider's own key (RS256). */
  signIdToken(claims: Record<string, unknown>): string;
  close(): Promise<void>;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function signJwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const input = `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${base64url(sign('sha256', Buffer.from(input), key))}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escapeHtml(title)} - Test-LeerID</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function loginPage(uid: string, problem = ''): string {
  return page(
    'Aanmelden bij Test-LeerID',
    `${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
  <p><label>Gebruikersnaam <input name="login" autocomplete="username" required></label></p>
  <p><label>Wachtwoord <input name="password" type="password" autocomplete="current-password" required></label></p>
  <p><button type="submit">Aanmelden</button></p>
</form>
<form method="post" action="/interaction/${uid}/abort">
  <p><button type="submit">Annuleren</button></p>
</form>`,
  );
}

function consentPage(uid: string, clientId: string): string {
  return page(
    'Toestemming',
    `<p>${escapeHtml(clientId)} wil weten wie je bent: je naam en je LeerID.</p>
<form method="post" action="/interaction/${uid}/confirm">
  <p><button type="submit">Toestaan</button></p>
</form>
<form method="post" action="/interaction/${uid}/abort">
  <p><button type="submit">Weigeren</button></p>
</form>`,
  );
}

const securityHeaders = {
  'Content-Security-Policy': "default-src 'none'; base-uri 'none'",
  'Cache-Control': 'no-store',
};

function sendHtml(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return new URLSearchParams(body);
}

/** The login and consent pages (oidc-provider leaves these to the application). */
async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const [, , uid = '', action = ''] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
  const details: InteractionDetails = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');

  if (req.method === 'GET' && action === '') {
    const clientId = String(details.params['client_id']);
    sendHtml(res, details.prompt.name === 'login' ? loginPage(uid) : consentPage(uid, clientId));
    return;
  }
  if (req.method !== 'POST') {
    sendHtml(res, page('Niet gevonden', ''), 404);
    return;
  }
  if (action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'End-User aborted interaction' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (action === 'login') {
    const form = await readForm(req);
    if (form.get('login') !== testUser.login || form.get('password') !== testUser.password) {
      sendHtml(res, loginPage(uid, 'Gebruikersnaam of wachtwoord klopt niet.'), 401);
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: testUser.login } }, { mergeWithLastSubmission: false });
    return;
  }
  if (action === 'confirm') {
    const accountId = details.session?.accountId;
    if (!accountId) throw new Error('consent without a login');
    const grant =
      (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
      new provider.Grant({ accountId, clientId: String(details.params['client_id']) });
    const missingScope = details.prompt.details['missingOIDCScope'] as string[] | undefined;
    const missingClaims = details.prompt.details['missingOIDCClaims'] as string[] | undefined;
    if (missingScope) grant.addOIDCScope(missingScope.join(' '));
    if (missingClaims) grant.addOIDCClaims(missingClaims);
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    return;
  }
  sendHtml(res, page('Niet gevonden', ''), 404);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** A port on 127.0.0.1 that nothing listens on (for "provider unreachable"). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the provider with `redirectUris` registered for the test client. */
export async function startProvider({ redirectUris }: { redirectUris: readonly string[] }): Promise<TestProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as JsonWebKey), kid, alg: 'RS256', use: 'sig' };
  const appOrigins = new Set(redirectUris.map((uri) => new URL(uri).origin));

  // The issuer names the port, so the provider is made once the server listens.
  const started: { provider?: Provider } = {};
  const server = createServer((req, res) => {
    const provider = started.provider;
    if (!provider) {
      res.writeHead(503).end();
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      handleInteraction(provider, req, res).catch((error: unknown) => {
        console.error('[test provider]', error);
        if (!res.headersSent) sendHtml(res, page('Fout', `<p>${escapeHtml(String(error))}</p>`), 500);
      });
      return;
    }
    provider.callback()(req, res);
  });
  const port = await listen(server);
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: testClientId,
        client_name: 'Klasapp (test)',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [...redirectUris],
      },
      {
        client_id: backendClient.id,
        client_secret: backendClient.secret,
        client_name: 'Klasapp backend (test)',
        application_type: 'web',
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [...redirectUris],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomUUID()] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    // Profile claims in the ID token itself, as the widget hands the ID token's claims to the page.
    conformIdTokenClaims: false,
    claims: { openid: ['sub', 'vo_id'], profile: ['name', 'given_name', 'family_name'] },
    findAccount: (_ctx: unknown, sub: string) =>
      sub === testUser.login ? { accountId: sub, claims: () => ({ sub, ...testUser.claims }) } : undefined,
    // The token endpoint answers the page's fetch only for the test client's own origins.
    clientBasedCORS: (_ctx: unknown, origin: string) => appOrigins.has(origin),
    renderError: (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page('Fout', `<p>${escapeHtml(out['error'] ?? 'error')}: ${escapeHtml(out['error_description'] ?? '')}</p>`);
    },
  });
  started.provider = provider;
  provider.on('server_error', (_ctx, error) => console.error('[test provider]', error));

  const signingKey = createPrivateKey({ key: jwk, format: 'jwk' });
  return {
    issuer,
    clientId: testClientId,
    signIdToken: (claims) => signJwt(signingKey, kid, claims),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
