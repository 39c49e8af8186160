/** A widget's data child: `<script type="application/json">` directly inside it (inert under any CSP). */
export const jsonChildSelector = ':scope > script[type="application/json"]';
