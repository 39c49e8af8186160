import { describe, expect, it } from 'vitest';
import { callbackKind, withoutResponseParameters } from '../../../src/components/leerid-login/callback-url.js';

const redirect = 'https://school.example/login/';

describe('callbackKind', () => {
  it('recognises a successful answer on the redirect URI', () => {
    expect(callbackKind(`${redirect}?code=abc&state=xyz&iss=https%3A%2F%2Fid.example`, redirect)).toBe('code');
  });

  it('recognises an error answer with state, and ignores a stateless one (not an answer to this button)', () => {
    expect(callbackKind(`${redirect}?error=access_denied&state=xyz`, redirect)).toBe('error');
    expect(callbackKind(`${redirect}?error=server_error`, redirect)).toBe('none');
  });

  it('ignores pages that are not the redirect URI', () => {
    expect(callbackKind('https://school.example/other/?code=abc&state=xyz', redirect)).toBe('none');
    expect(callbackKind('https://other.example/login/?code=abc&state=xyz', redirect)).toBe('none');
  });

  it('ignores a code without state and a page without answer', () => {
    expect(callbackKind(`${redirect}?code=abc`, redirect)).toBe('none');
    expect(callbackKind(`${redirect}?page=2`, redirect)).toBe('none');
    expect(callbackKind(redirect, redirect)).toBe('none');
  });

  it('ignores a fragment-only answer (the code flow answers in the query)', () => {
    expect(callbackKind(`${redirect}#code=abc&state=xyz`, redirect)).toBe('none');
  });

  it('is not fooled by URLs that do not parse', () => {
    expect(callbackKind('not a url', redirect)).toBe('none');
    expect(callbackKind(`${redirect}?code=a&state=b`, 'nope')).toBe('none');
  });
});

describe('withoutResponseParameters', () => {
  it('removes the answer and keeps the page’s own query and fragment', () => {
    expect(
      withoutResponseParameters(`${redirect}?klas=3a&code=abc&state=xyz&iss=x&session_state=s#top`),
    ).toBe(`${redirect}?klas=3a#top`);
    expect(withoutResponseParameters(`${redirect}?error=access_denied&error_description=no&error_uri=u&state=x`)).toBe(
      redirect,
    );
  });
});
