/** Dyad's version: package.json's, written into the bundle when it is built (webpack.config.cjs). */
declare const __DYAD_VERSION__: string | undefined;

export const DYAD_VERSION: string =
  typeof __DYAD_VERSION__ === 'string' ? __DYAD_VERSION__ : 'unknown';
