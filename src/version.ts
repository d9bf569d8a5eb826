/** exo-cba's version, as package.json states it (sent in the User-Agent). */
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
