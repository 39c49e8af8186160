import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContent, type ChecklistContent } from '../../../src/components/cyber-checklist/content.js';
import {
  collapsedByDefault,
  emptyState,
  migrate,
  nextSteps,
  statuses,
  summarise,
  withAnswer,
  withSchool,
  type ChecklistState,
  type Status,
} from '../../../src/components/cyber-checklist/state.js';
import { loadState, reconcile, saveState, storageKey, type StorageLike } from '../../../src/components/cyber-checklist/storage.js';
import { exportDocument, exportFileName, readImport } from '../../../src/components/cyber-checklist/transfer.js';

const t0 = '2026-01-01T10:00:00.000Z';
const t1 = '2026-01-02T10:00:00.000Z';
const t2 = '2026-01-03T10:00:00.000Z';

const raw = {
  id: 'test-groeipad',
  version: '2025.1',
  title: 'Testgroeipad',
  themes: [
    { id: 'access', title: 'Toegang' },
    { id: 'backup', title: 'Back-ups' },
  ],
  measures: [
    { id: 'mfa', theme: 'access', level: 'basic', priority: 1, title: 'MFA', why: 'Wachtwoorden lekken.', how: 'Zet MFA aan.' },
    { id: 'admin', theme: 'access', level: 'basic', title: 'Aparte beheerdersaccounts', why: 'Minder schade.', how: ['Maak ze aan.', 'Gebruik ze alleen voor beheer.'] },
    { id: 'offline', theme: 'backup', level: 'basic', priority: 3, title: 'Offline kopie', why: 'Tegen ransomware.', how: 'Bewaar een kopie los van het netwerk.' },
    { id: 'restore', theme: 'backup', level: 'advanced', priority: 1, title: 'Hersteltest', why: 'Een back-up die niet terugzet, helpt niet.', how: 'Test elk kwartaal.', links: [{ label: 'Uitleg', url: 'https://example.org/herstel' }] },
  ],
};

function content(change: (copy: typeof raw) => void = () => {}): ChecklistContent {
  const copy = structuredClone(raw);
  change(copy);
  const parsed = parseContent(copy);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}
const measure = (c: ChecklistContent, id: string) => c.measures.find((m) => m.id === id)!;
const answered = (c: ChecklistContent, answers: Record<string, Status>, now = t1): ChecklistState =>
  Object.entries(answers).reduce((state, [id, status]) => withAnswer(state, measure(c, id), { status }, now), emptyState(c, t0));

/** A storage double with the Web Storage semantics used here, and switchable failures. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failGet = false;
  failSet: string | undefined;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failSet) throw new DOMException('Storage full', this.failSet);
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('content', () => {
  it('reads valid content, normalising `how` to steps and filling defaults', () => {
    const c = content();
    expect(c.measures.map((m) => m.how.length)).toEqual([1, 2, 1, 1]);
    expect(measure(c, 'admin').priority).toBe(2);
    expect(measure(c, 'mfa').links).toEqual([]);
  });

  it('names the field of every problem: duplicate ids, unknown themes, bad links, empty texts, bad levels', () => {
    const problems = (change: (copy: typeof raw) => void) => {
      const copy = structuredClone(raw) as Record<string, unknown> & typeof raw;
      change(copy);
      const parsed = parseContent(copy);
      return parsed.ok ? [] : parsed.problems.map((p) => p.path);
    };
    expect(problems((c) => (c.measures[1]!.id = 'mfa'))).toEqual(['measures.1.id']);
    expect(problems((c) => (c.measures[2]!.theme = 'network'))).toEqual(['measures.2.theme']);
    expect(problems((c) => (c.measures[3]!.links![0]!.url = 'javascript:alert(1)'))).toEqual(['measures.3.links.0.url']);
    expect(problems((c) => (c.measures[0]!.title = '   '))).toEqual(['measures.0.title']);
    expect(problems((c) => ((c.measures[0] as { level: string }).level = 'expert'))).toEqual(['measures.0.level']);
    expect(problems((c) => (c.version = ''))).toEqual(['version']);
  });
});

describe('content: the supervisory authority', () => {
  const authority = { name: 'Vlaamse Toezichtcommissie (VTC)', url: 'https://www.vlaanderen.be/vlaamse-toezichtcommissie' };
  const withAuthority = (value: unknown) => {
    const copy = structuredClone(raw) as Record<string, unknown> & typeof raw;
    copy.authority = value;
    (copy.measures[0] as Record<string, unknown>).how = ['Meld een lek bij de toezichthouder: {authority}.'];
    (copy.measures[0] as Record<string, unknown>).links = [{ authority: true }, { label: 'Uitleg', url: 'https://example.org/' }];
    return parseContent(copy, { authorityFallback: 'de bevoegde toezichthouder' });
  };

  it('fills {authority} in with its name and makes { authority: true } a link to it', () => {
    const parsed = withAuthority(authority);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.authority).toEqual(authority);
    expect(measure(parsed.value, 'mfa').how).toEqual(['Meld een lek bij de toezichthouder: Vlaamse Toezichtcommissie (VTC).']);
    expect(measure(parsed.value, 'mfa').links).toEqual([{ label: authority.name, url: authority.url }, { label: 'Uitleg', url: 'https://example.org/' }]);
  });

  it('a bad authority gives a problem message naming the field, and the rest of the content loads', () => {
    for (const [bad, path] of [
      [{ name: 'VTC', url: 'javascript:alert(1)' }, 'authority.url'],
      [{ name: '  ', url: authority.url }, 'authority.name'],
      [{ url: authority.url }, 'authority.name'],
      ['VTC', 'authority'],
    ] as const) {
      const parsed = withAuthority(bad);
      expect(parsed.ok, JSON.stringify(bad)).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.warnings.map((w) => w.path)).toEqual([path, 'authority']);
      expect(parsed.warnings[0]!.message).toMatch(/ignored/);
      expect(parsed.warnings[1]!.message).toContain('mfa');
      expect(parsed.value.authority).toBeUndefined();
      expect(parsed.value.measures).toHaveLength(4);
      // The measure reads the fallback and keeps its other links.
      expect(measure(parsed.value, 'mfa').how).toEqual(['Meld een lek bij de toezichthouder: de bevoegde toezichthouder.']);
      expect(measure(parsed.value, 'mfa').links).toEqual([{ label: 'Uitleg', url: 'https://example.org/' }]);
    }
  });

  it('warns when measures name the authority but the content gives none', () => {
    const parsed = withAuthority(undefined);
    expect(parsed.ok && parsed.warnings.map((w) => w.path)).toEqual(['authority']);
  });

  it('content without authority and without placeholders loads without warnings', () => {
    const parsed = parseContent(structuredClone(raw));
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it('a link that is neither { label, url } nor { authority: true } is a problem of that link', () => {
    const copy = structuredClone(raw) as Record<string, unknown> & typeof raw;
    (copy.measures[0] as Record<string, unknown>).links = [{ authority: 'yes' }];
    const parsed = parseContent(copy);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(['measures.0.links.0']);
  });
});

describe('answers, progress, level and next steps', () => {
  it('counts per theme and overall; not applicable does not count; percent rounds down', () => {
    const c = content();
    const s = answered(c, { mfa: 'done', admin: 'doing', offline: 'na' });
    const summary = summarise(c, s);
    expect(summary.overall).toEqual({ total: 4, done: 1, doing: 1, notApplicable: 1, applicable: 3, percent: 33 });
    expect(summary.byTheme.get('access')).toMatchObject({ done: 1, applicable: 2, percent: 50 });
    expect(summary.byTheme.get('backup')).toMatchObject({ done: 0, applicable: 1, percent: 0 });
  });

  it('reaches the basic level when every basic measure is done or does not apply, advanced when all are', () => {
    const c = content();
    expect(summarise(c, answered(c, { mfa: 'done', admin: 'done' })).level).toBe('none');
    expect(summarise(c, answered(c, { mfa: 'done', admin: 'done', offline: 'na' })).level).toBe('basic');
    expect(summarise(c, answered(c, { mfa: 'done', admin: 'done', offline: 'done', restore: 'done' })).level).toBe('advanced');
  });

  it('next steps: basic first, then what is in progress, then priority, then content order', () => {
    const c = content();
    expect(nextSteps(c, emptyState(c, t0)).map((m) => m.id)).toEqual(['mfa', 'admin', 'offline', 'restore']);
    expect(nextSteps(c, answered(c, { offline: 'doing' })).map((m) => m.id)).toEqual(['offline', 'mfa', 'admin', 'restore']);
    expect(nextSteps(c, answered(c, { mfa: 'done', admin: 'na' }), 2).map((m) => m.id)).toEqual(['offline', 'restore']);
  });

  it('drops an answer set back to not started without a note, keeps one with a note', () => {
    const c = content();
    const s = withAnswer(answered(c, { mfa: 'doing' }), measure(c, 'mfa'), { status: 'todo' }, t2);
    expect(s.answers.mfa).toBeUndefined();
    const noted = withAnswer(s, measure(c, 'mfa'), { note: 'Vraag offerte aan.' }, t2);
    expect(noted.answers.mfa).toEqual({ status: 'todo', note: 'Vraag offerte aan.', title: 'MFA', changed: t2 });
    expect(withAnswer(noted, measure(c, 'mfa'), { note: 'Vraag offerte aan.' }, t2)).toBe(noted);
    expect(withSchool(noted, 'Sint-Jozef', t2).school).toBe('Sint-Jozef');
  });
});

describe('a new content version', () => {
  it('keeps answers of measures that remain, archives the answers of removed ones, starts new ones empty', () => {
    const v1 = content();
    const s = answered(v1, { mfa: 'done', offline: 'doing', restore: 'na' });
    const v2 = content((c) => {
      c.version = '2026.1';
      c.measures = c.measures.filter((m) => m.id !== 'offline');
      c.measures.push({ id: 'edr', theme: 'access', level: 'advanced', title: 'EDR', why: 'Aanvallen zien.', how: 'Kies een EDR.' } as (typeof c.measures)[number]);
    });
    const { state, archivedNow } = migrate(s, v2, t2);
    expect(state.version).toBe('2026.1');
    expect(Object.keys(state.answers).sort()).toEqual(['mfa', 'restore']);
    expect(archivedNow).toEqual([{ id: 'offline', version: '2025.1', status: 'doing', note: '', title: 'Offline kopie', changed: t1 }]);
    expect(state.archived).toEqual(archivedNow);
    // Migrating again moves nothing and duplicates nothing.
    expect(migrate(state, v2, t2)).toEqual({ state, archivedNow: [] });
  });
});

describe('saving in the browser', () => {
  it('saves under a key per checklist and version and reads it back', () => {
    const c = content();
    const storage = new MemoryStorage();
    const s = answered(c, { mfa: 'done' });
    expect(saveState(storage, s)).toEqual({ ok: true });
    expect([...storage.items.keys()]).toEqual([storageKey('test-groeipad', '2025.1')]);
    expect(loadState(storage, c, t2)).toEqual({ state: s, origin: 'stored', archivedNow: [] });
  });

  it("carries the newest older version's answers over to a new version", () => {
    const v1 = content();
    const storage = new MemoryStorage();
    saveState(storage, answered(v1, { mfa: 'done', offline: 'done' }));
    const v2 = content((c) => {
      c.version = '2026.1';
      c.measures = c.measures.filter((m) => m.id !== 'offline');
    });
    const loaded = loadState(storage, v2, t2);
    expect(loaded.origin).toBe('migrated');
    expect(loaded.migratedFrom).toBe('2025.1');
    expect(loaded.state.answers.mfa?.status).toBe('done');
    expect(loaded.archivedNow.map((a) => a.id)).toEqual(['offline']);
  });

  it('sets an unreadable value aside instead of overwriting it, and starts fresh', () => {
    const c = content();
    const storage = new MemoryStorage();
    const key = storageKey(c.id, c.version);
    storage.items.set(key, '{"checklist": "test-groeipad", "answers": 12');
    const loaded = loadState(storage, c, t2);
    expect(loaded).toMatchObject({ origin: 'new', problem: 'corrupt', setAsideKey: `${key}:unreadable:${t2}` });
    expect(storage.items.get(`${key}:unreadable:${t2}`)).toBe('{"checklist": "test-groeipad", "answers": 12');
    expect(storage.items.has(key)).toBe(false);
  });

  it('reports storage that cannot be used (private mode, blocked) and a full quota', () => {
    const c = content();
    expect(loadState(undefined, c, t0)).toMatchObject({ origin: 'new', problem: 'unavailable' });
    const blocked = new MemoryStorage();
    blocked.failGet = true;
    expect(loadState(blocked, c, t0)).toMatchObject({ origin: 'new', problem: 'unavailable' });
    const full = new MemoryStorage();
    full.failSet = 'QuotaExceededError';
    expect(saveState(full, emptyState(c, t0))).toEqual({ ok: false, problem: 'quota' });
    full.failSet = 'SecurityError';
    expect(saveState(full, emptyState(c, t0))).toEqual({ ok: false, problem: 'unavailable' });
    expect(saveState(undefined, emptyState(c, t0))).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('two tabs: takes a newer state, keeps (and re-saves) its own newer one, ignores other checklists and junk', () => {
    const c = content();
    const mine = answered(c, { mfa: 'done' }, t1);
    const theirs = answered(c, { admin: 'done' }, t2);
    expect(reconcile(mine, JSON.stringify(theirs))).toEqual({ action: 'take', state: theirs });
    expect(reconcile(theirs, JSON.stringify(mine))).toEqual({ action: 'keep' });
    expect(reconcile(mine, JSON.stringify(mine))).toEqual({ action: 'ignore' });
    expect(reconcile(mine, JSON.stringify({ ...theirs, checklist: 'other' }))).toEqual({ action: 'ignore' });
    expect(reconcile(mine, 'not json')).toEqual({ action: 'ignore' });
    expect(reconcile(mine, null)).toEqual({ action: 'ignore' });
  });
});

describe('export and import', () => {
  const c = content();
  const stateArbitrary = fc
    .record({
      answers: fc.dictionary(
        fc.constantFrom(...c.measures.map((m) => m.id)),
        fc.record({ status: fc.constantFrom(...statuses), note: fc.string({ maxLength: 200 }) }),
      ),
      school: fc.string({ maxLength: 80 }),
    })
    .map(({ answers, school }) =>
      Object.entries(answers).reduce(
        (state, [id, answer]) => withAnswer(state, measure(c, id), answer, t1),
        withSchool(emptyState(c, t0), school, t1),
      ),
    );

  it('round trip: importing an export gives back the same answers, for any state', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const read = readImport(JSON.stringify(exportDocument(state, t2)), c, emptyState(c, t0), t2);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.value.state).toEqual({ ...state, saved: t2 });
        // Compared with itself, nothing changes.
        const again = readImport(JSON.stringify(exportDocument(state, t2)), c, state, t2);
        expect(again.ok && again.value.changes).toEqual([]);
      }),
    );
  });

  it('shows what an import will change before it is applied', () => {
    const current = answered(c, { mfa: 'done', admin: 'doing' });
    const incoming = withSchool(answered(c, { mfa: 'done', offline: 'done' }, t2), 'Sint-Jozef', t2);
    const read = readImport(JSON.stringify(exportDocument(incoming, t2)), c, current, t2);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.changes.map((change) => [change.id, change.from?.status ?? 'todo', change.to?.status ?? 'todo'])).toEqual([
      ['admin', 'doing', 'todo'],
      ['offline', 'todo', 'done'],
    ]);
    expect(read.value.school).toEqual({ from: '', to: 'Sint-Jozef' });
    expect(read.value.fromVersion).toBeUndefined();
  });

  it('refuses a file that is not JSON, not an export, or for another checklist, naming the field', () => {
    const current = emptyState(c, t0);
    const paths = (text: string) => {
      const read = readImport(text, c, current, t2);
      return read.ok ? [] : read.problems.map((p) => p.path);
    };
    expect(paths('{nope')).toEqual(['']);
    expect(paths(JSON.stringify({ format: 'other' }))).toContain('format');
    expect(paths(JSON.stringify(exportDocument({ ...current, checklist: 'other' }, t2)))).toEqual(['state.checklist']);
    const bad = exportDocument(current, t2) as unknown as { state: { answers: Record<string, unknown> } };
    bad.state.answers.mfa = { status: 'finished', changed: t1 };
    expect(paths(JSON.stringify(bad))).toEqual(['state.answers.mfa.status']);
  });

  it('names the file after the checklist, the school and the day', () => {
    expect(exportFileName(withSchool(emptyState(c, t0), 'Sint-Jozef Ásse!', t1), t2)).toBe('test-groeipad-sint-jozef-asse-2026-01-03.json');
  });
});

describe('collapsedByDefault', () => {
  const checklist = content();
  const done = (state: ChecklistState, ...ids: string[]) =>
    ids.reduce((next, id) => withAnswer(next, checklist.measures.find((m) => m.id === id)!, { status: 'done' }, t1), state);

  it('opens only the first theme, in the content order, that has open measures', () => {
    expect([...collapsedByDefault(checklist, emptyState(checklist, t0))]).toEqual(['backup']);
  });

  it('skips themes whose measures are all done or not applicable', () => {
    let state = done(emptyState(checklist, t0), 'mfa');
    state = withAnswer(state, checklist.measures.find((m) => m.id === 'admin')!, { status: 'na' }, t1);
    expect([...collapsedByDefault(checklist, state)]).toEqual(['access']);
  });

  it('counts a measure in progress as open', () => {
    const state = withAnswer(done(emptyState(checklist, t0), 'mfa', 'admin'), checklist.measures.find((m) => m.id === 'restore')!, { status: 'doing' }, t1);
    expect([...collapsedByDefault(checklist, state)]).toEqual(['access']);
  });

  it('closes every theme when nothing is open', () => {
    const state = done(emptyState(checklist, t0), 'mfa', 'admin', 'offline', 'restore');
    expect([...collapsedByDefault(checklist, state)].sort()).toEqual(['access', 'backup']);
  });

  it('follows the order of the themes, not of the measures', () => {
    const reordered = content((copy) => copy.measures.reverse());
    expect([...collapsedByDefault(reordered, emptyState(reordered, t0))]).toEqual(['backup']);
  });
});
