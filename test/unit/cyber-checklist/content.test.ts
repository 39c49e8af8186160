import { describe, expect, it } from 'vitest';
import { parseContent, type ChecklistContent } from '../../../src/components/cyber-checklist/content.js';
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
  measures: content.measures.map(({ id, theme, level, priority, how, links }) => ({ id, theme, level, priority, steps: how.length, links: links.map((link) => link.url.replace('autoriteprotectiondonnees', 'gegevensbeschermingsautoriteit')) })),
});

describe('built-in content', () => {
  it('is valid in every language', () => {
    for (const content of Object.values(parsed)) expect(content.measures.length).toBeGreaterThanOrEqual(30);
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

  it('writes French with a no-break space before : ; ? ! as Belgian French typography asks', () => {
    const texts = JSON.stringify(fr);
    expect(texts).not.toMatch(/[^\u00a0\u202f] [:;?!]/);
  });
});
