/** Dyad's version, from package.json: bundled into the command line when it is built. */
import { version } from '../../package.json';

export const DYAD_VERSION: string = version;
