/**
 * Keys on the rose, as actions: the rose is one tab stop, and inside it
 * Left/Right (and, when the rose is read-only, Up/Down) walk round the
 * wedges, Home/End jump to the first and last. In editable mode Up/Down and
 * Page Up/Page Down change the focused competence's level. Pure, no DOM.
 */

export type RoseAction =
  | { readonly type: 'move'; readonly index: number }
  | { readonly type: 'set'; readonly value: number }
  | { readonly type: 'select' }
  | { readonly type: 'dismiss' };

export interface RoseKeyState {
  /** The focused wedge. */
  readonly index: number;
  readonly count: number;
  readonly editable: boolean;
  /** The focused competence's value: 0 (not filled in) to `levels`. */
  readonly value: number;
  readonly levels: number;
}

/** What a key does, or null when the rose leaves it to the browser. */
export function keyAction(key: string, state: RoseKeyState): RoseAction | null {
  const { index, count, editable, value, levels } = state;
  const move = (to: number): RoseAction => ({ type: 'move', index: ((to % count) + count) % count });
  const set = (to: number): RoseAction | null => {
    const clamped = Math.min(levels, Math.max(0, to));
    return clamped === value ? null : { type: 'set', value: clamped };
  };
  switch (key) {
    case 'ArrowRight':
      return move(index + 1);
    case 'ArrowLeft':
      return move(index - 1);
    case 'ArrowDown':
      return editable ? set(value - 1) : move(index + 1);
    case 'ArrowUp':
      return editable ? set(value + 1) : move(index - 1);
    case 'PageUp':
      return editable ? set(levels) : null;
    case 'PageDown':
      return editable ? set(0) : null;
    case 'Home':
      return move(0);
    case 'End':
      return move(count - 1);
    case 'Enter':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'dismiss' };
    default:
      return null;
  }
}
