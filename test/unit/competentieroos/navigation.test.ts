import { describe, expect, it } from 'vitest';
import { keyAction, type RoseKeyState } from '../../../src/components/competentieroos/navigation.js';

const read: RoseKeyState = { index: 0, count: 22, editable: false, value: 3, levels: 6 };
const edit: RoseKeyState = { ...read, editable: true };

describe('keyAction', () => {
  it('walks round the circle with Left and Right, wrapping at both ends', () => {
    expect(keyAction('ArrowRight', read)).toEqual({ type: 'move', index: 1 });
    expect(keyAction('ArrowLeft', read)).toEqual({ type: 'move', index: 21 });
    expect(keyAction('ArrowRight', { ...read, index: 21 })).toEqual({ type: 'move', index: 0 });
  });

  it('jumps to the first and last wedge with Home and End', () => {
    expect(keyAction('Home', { ...read, index: 7 })).toEqual({ type: 'move', index: 0 });
    expect(keyAction('End', read)).toEqual({ type: 'move', index: 21 });
  });

  it('also walks with Up and Down when read-only, and changes the level when editable', () => {
    expect(keyAction('ArrowDown', read)).toEqual({ type: 'move', index: 1 });
    expect(keyAction('ArrowUp', read)).toEqual({ type: 'move', index: 21 });
    expect(keyAction('ArrowUp', edit)).toEqual({ type: 'set', value: 4 });
    expect(keyAction('ArrowDown', edit)).toEqual({ type: 'set', value: 2 });
    expect(keyAction('PageUp', edit)).toEqual({ type: 'set', value: 6 });
    expect(keyAction('PageDown', edit)).toEqual({ type: 'set', value: 0 });
    expect(keyAction('PageUp', read)).toBeNull();
  });

  it('stops at the ends of the scale (0 is "not filled in")', () => {
    expect(keyAction('ArrowUp', { ...edit, value: 6 })).toBeNull();
    expect(keyAction('ArrowDown', { ...edit, value: 0 })).toBeNull();
    expect(keyAction('ArrowDown', { ...edit, value: 1 })).toEqual({ type: 'set', value: 0 });
  });

  it('selects with Enter and Space, dismisses with Escape, and leaves other keys alone', () => {
    expect(keyAction('Enter', read)).toEqual({ type: 'select' });
    expect(keyAction(' ', edit)).toEqual({ type: 'select' });
    expect(keyAction('Escape', read)).toEqual({ type: 'dismiss' });
    expect(keyAction('Tab', read)).toBeNull();
    expect(keyAction('a', read)).toBeNull();
  });

  it('works for a single wedge', () => {
    expect(keyAction('ArrowRight', { ...read, count: 1 })).toEqual({ type: 'move', index: 0 });
  });
});
