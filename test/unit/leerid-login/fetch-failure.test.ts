import { describe, expect, it } from 'vitest';
import { blocksRequest, fetchFailureCode, originOf, watchCspViolations } from '../../../src/components/leerid-login/fetch-failure.js';
import { describeFailure } from '../../../src/components/leerid-login/config-report.js';
import { messageKeyFor } from '../../../src/components/leerid-login/error-situations.js';
import { adminLines, errorMessage } from '../../../src/components/leerid-login/words.js';

const url = 'https://id.leerid.example/.well-known/openid-configuration';

describe('fetchFailureCode', () => {
  it('tells a CSP block, an offline device and an unreachable provider apart', () => {
    expect(fetchFailureCode({ online: true, blockedByCsp: true })).toBe('blocked_by_csp');
    expect(fetchFailureCode({ online: false, blockedByCsp: false })).toBe('network_error');
    expect(fetchFailureCode({ online: true, blockedByCsp: false })).toBe('provider_unreachable');
  });

  it('puts a CSP block before offline: it stays when the device is back online', () => {
    expect(fetchFailureCode({ online: false, blockedByCsp: true })).toBe('blocked_by_csp');
  });

  it('only asks the user to check the internet when offline', () => {
    expect(errorMessage(messageKeyFor('network_error'))).toMatch(/internet/);
    expect(errorMessage(messageKeyFor('provider_unreachable'))).not.toMatch(/internet/);
    expect(errorMessage(messageKeyFor('blocked_by_csp'))).not.toMatch(/internet/);
    expect(messageKeyFor('blocked_by_csp')).toBe('setup');
    expect(messageKeyFor('provider_unreachable')).toBe('unreachable');
  });
});

describe('blocksRequest', () => {
  it('matches an enforced violation by the request’s origin, full URL or origin alone', () => {
    expect(blocksRequest({ blockedURI: url, disposition: 'enforce' }, url)).toBe(true);
    expect(blocksRequest({ blockedURI: 'https://id.leerid.example', disposition: 'enforce' }, url)).toBe(true);
    expect(blocksRequest({ blockedURI: 'https://id.leerid.example/jwks' }, url)).toBe(true);
  });

  it('ignores report-only policies, other origins and non-URLs', () => {
    expect(blocksRequest({ blockedURI: url, disposition: 'report' }, url)).toBe(false);
    expect(blocksRequest({ blockedURI: 'https://elders.example/x', disposition: 'enforce' }, url)).toBe(false);
    expect(blocksRequest({ blockedURI: 'http://id.leerid.example/x', disposition: 'enforce' }, url)).toBe(false);
    for (const blockedURI of ['inline', 'eval', '', 'data']) expect(blocksRequest({ blockedURI, disposition: 'enforce' }, url), blockedURI).toBe(false);
  });

  it('originOf gives undefined for what is no URL with an origin', () => {
    expect(originOf('https://id.leerid.example:8443/a?b')).toBe('https://id.leerid.example:8443');
    expect(originOf('inline')).toBeUndefined();
    expect(originOf('data:text/plain,x')).toBeUndefined();
  });
});

describe('watchCspViolations', () => {
  const violation = (blockedURI: string) => Object.assign(new Event('securitypolicyviolation'), { blockedURI, disposition: 'enforce' });

  it('sees a violation that arrives after the failure, within its settle time', async () => {
    const target = new EventTarget();
    const watch = watchCspViolations(target, url, 20);
    setTimeout(() => target.dispatchEvent(violation(url)), 0);
    expect(await watch.blocked()).toBe(true);
    watch.stop();
  });

  it('says no without a matching violation, and stops listening', async () => {
    const target = new EventTarget();
    const watch = watchCspViolations(target, url, 5);
    target.dispatchEvent(violation('https://elders.example/'));
    expect(await watch.blocked()).toBe(false);
    watch.stop();
    target.dispatchEvent(violation(url));
    expect(await watch.blocked()).toBe(false);
  });
});

describe('the details for the web team', () => {
  it('names the code, the address, and for a failed request its cause and fix (Dutch source)', () => {
    expect(adminLines('blocked_by_csp', url)).toEqual([
      'Foutcode: blocked_by_csp',
      `Adres: ${url}`,
      'De Content-Security-Policy van deze pagina blokkeert verzoeken naar https://id.leerid.example.',
      'Voeg https://id.leerid.example toe aan connect-src van de Content-Security-Policy.',
    ]);
    expect(adminLines('provider_unreachable', url)[2]).toBe(
      'https://id.leerid.example antwoordt niet of staat geen verzoeken van deze website toe (CORS).',
    );
    expect(adminLines('network_error', url)).toContain('Dit toestel was offline toen het verzoek mislukte.');
    expect(adminLines('network_error')[1]).toMatch(/script-src/);
    expect(adminLines('access_denied')).toEqual(['Foutcode: access_denied', 'Meer details staan in de console van de browser.']);
  });

  it('has an English line for the console for the failed requests only', () => {
    expect(describeFailure('blocked_by_csp', url, 'https://school.example')).toBe(
      "The page's Content-Security-Policy blocked the request to https://id.leerid.example: add https://id.leerid.example to its connect-src.",
    );
    expect(describeFailure('provider_unreachable', url, 'https://school.example')).toContain(
      'does not allow requests from https://school.example (CORS)',
    );
    expect(describeFailure('network_error', url, 'https://school.example')).toMatch(/offline/);
    expect(describeFailure('access_denied', undefined, 'https://school.example')).toBeUndefined();
  });
});
