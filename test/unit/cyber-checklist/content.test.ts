import { describe, expect, it } from 'vitest';
import { parseContent, resolveBuiltInContent, type ChecklistContent } from '../../../src/components/cyber-checklist/content.js';
import en from '../../../src/components/cyber-checklist/content/en.js';
import fr from '../../../src/components/cyber-checklist/content/fr.js';
import nl from '../../../src/components/cyber-checklist/content/nl.js';

const parsed = Object.fromEntries(
  Object.entries({ nl, fr, en }).map(([lang, input]) => {
    const result = parseContent(input);
    if (!result.ok) throw new Error(`${lang}: ${JSON.stringify(result.problems)}`);
    return [lang, result.value];
  }),
) as Record<'nl' | 'fr' | 'en', ChecklistContent>;

const shape = (content: ChecklistContent) => ({
  id: content.id,
  version: content.version,
  themes: content.themes.map((theme) => theme.id),
  // The French content names another authority (APD), so its links are compared as "the authority".
  measures: content.measures.map(({ id, theme, level, priority, how, links }) => ({ id, theme, level, priority, steps: how.length, links: links.map((link) => (link.url === content.authority?.url ? 'authority' : link.url)) })),
});
const byId = (content: ChecklistContent, id: string) => content.measures.find((m) => m.id === id)!;
const texts = (content: ChecklistContent, id: string) => {
  const m = byId(content, id);
  return [m.title, m.why, ...m.how, ...m.links.map((link) => link.label)].join(' ');
};

describe('built-in content', () => {
  it('is valid in every language', () => {
    for (const content of Object.values(parsed)) expect(content.measures.length).toBeGreaterThanOrEqual(30);
  });

  it('is written in the schema\'s output form: the widget\'s start without a schema run shows what parseContent would, with no warning', () => {
    for (const input of [nl, fr, en]) {
      const checked = parseContent(input);
      expect(checked).toStrictEqual({ ok: true, value: resolveBuiltInContent(input), warnings: [] });
    }
  });

  it('has the same ids, themes, levels, priorities, steps and links in every language', () => {
    expect(shape(parsed.fr)).toEqual(shape(parsed.nl));
    expect(shape(parsed.en)).toEqual(shape(parsed.nl));
  });

  it('covers every theme at the basic level, and has advanced measures to grow into', () => {
    for (const theme of parsed.nl.themes) {
      expect(parsed.nl.measures.some((m) => m.theme === theme.id && m.level === 'basic'), theme.id).toBe(true);
    }
    expect(parsed.nl.measures.filter((m) => m.level === 'advanced').length).toBeGreaterThanOrEqual(10);
  });

  it('covers what the action plan names: MFA, offline backups, updates, admin accounts, phishing, processor agreements, DPIA, pseudonymous e-mail, incident reporting', () => {
    const ids = parsed.nl.measures.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['mfa-staff', 'backup-321', 'auto-updates', 'separate-admin', 'phishing-exercise', 'processor-agreements', 'dpia', 'pseudonymous-email', 'breach-procedure']));
  });

  it('is valid without warnings, and every {authority} placeholder is filled in', () => {
    for (const [lang, input] of Object.entries({ nl, fr, en })) {
      const result = parseContent(input);
      expect(result.ok && result.warnings, lang).toEqual([]);
    }
    for (const content of Object.values(parsed)) expect(JSON.stringify(content)).not.toContain('{authority}');
  });

  it('names the Vlaamse Toezichtcommissie (VTC) in Dutch and English, not the federal GBA, for the DPO and data breaches', () => {
    for (const lang of ['nl', 'en'] as const) {
      const content = parsed[lang];
      expect(content.authority?.url, lang).toBe('https://www.vlaanderen.be/vlaamse-toezichtcommissie');
      expect(content.authority?.name, lang).toContain('Vlaamse Toezichtcommissie');
      expect(content.authority?.name, lang).toMatch(/\bVTC\)$/);
      for (const id of ['dpo', 'breach-procedure']) {
        expect(texts(content, id), `${lang} ${id}`).toContain(content.authority!.name);
        expect(byId(content, id).links, `${lang} ${id}`).toEqual([{ label: content.authority!.name, url: 'https://www.vlaanderen.be/vlaamse-toezichtcommissie' }]);
      }
      expect(JSON.stringify(content), lang).not.toMatch(/gegevensbeschermingsautoriteit|Data Protection Authority/i);
    }
  });

  it('names the Autorité de protection des données (APD) in French, for French-Community schools', () => {
    const content = parsed.fr;
    expect(content.authority).toEqual({ name: 'Autorité de protection des données (APD)', url: 'https://www.autoriteprotectiondonnees.be/' });
    for (const id of ['dpo', 'breach-procedure']) {
      expect(texts(content, id), id).toContain('Autorité de protection des données (APD)');
      expect(byId(content, id).links[0]?.url, id).toBe('https://www.autoriteprotectiondonnees.be/');
    }
  });

  it('says why a DPO is required: a school board is a public authority (GDPR art. 37(1)(a)), not because of minors', () => {
    expect(byId(parsed.nl, 'dpo').why).toContain('overheidsinstantie');
    expect(byId(parsed.nl, 'dpo').why).toContain('art. 37, lid 1, a');
    expect(byId(parsed.en, 'dpo').why).toContain('Article 37(1)(a)');
    expect(byId(parsed.fr, 'dpo').why).toContain('autorité publique');
    for (const content of Object.values(parsed)) expect(byId(content, 'dpo').why).not.toMatch(/minderjarig|minors|mineurs/);
  });

  it('makes the register of processing activities (a legal obligation, GDPR art. 30) a basic measure in every language', () => {
    for (const [lang, content] of Object.entries(parsed)) {
      expect(byId(content, 'processing-register').level, lang).toBe('basic');
      expect(byId(content, 'processing-register').why, lang).toMatch(/art(\.|icle)\u00a0?\s?30/i);
    }
  });

  it('has its own title, not GRIP’s name, and says on screen that it is not the official GRIP', () => {
    expect(parsed.nl.title).toBe('Cyberveiligheid en privacy op school: groeipad');
    for (const [lang, content] of Object.entries(parsed)) {
      expect(content.title, lang).not.toMatch(/groeipad informatieveiligheid en privacy|growth path for information security and privacy|parcours de progression en sécurité de l’information/i);
      expect(content.source?.status, lang).toMatch(/GRIP/);
      expect(content.source?.label, lang).toContain('Kenniscentrum Digisprong');
    }
    expect(parsed.nl.source?.status).toBe('Gebaseerd op publieke kaders; niet het officiële GRIP.');
  });

  it('writes Dutch correctly: "een pseudoniem e-mailadres"', () => {
    expect(byId(parsed.nl, 'pseudonymous-email').title).toBe('Leerlingen hebben een pseudoniem e-mailadres');
  });

  it('writes French with a no-break space before : ; ? ! as Belgian French typography asks', () => {
    const texts = JSON.stringify(fr);
    expect(texts).not.toMatch(/[^\u00a0\u202f] [:;?!]/);
  });
});
