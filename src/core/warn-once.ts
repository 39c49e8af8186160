/**
 * Console warnings for the developer embedding a widget, each said once: a
 * widget re-checks its input on every update, and the same problem repeated
 * on every keystroke would bury the first, useful one.
 */

export class WarnOnce {
  private readonly said = new Set<string>();

  /** `prefix` starts every line, e.g. `[digi-widgets] <digi-cost-calculator>`. */
  constructor(private readonly prefix: string) {}

  /** Warns with `line` (and any `details`) unless this line was said before; true when it was said now. */
  warn(line: string, ...details: unknown[]): boolean {
    if (this.said.has(line)) return false;
    this.said.add(line);
    console.warn(`${this.prefix} ${line}`, ...details);
    return true;
  }
}
