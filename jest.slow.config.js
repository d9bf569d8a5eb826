/** `npm run test:slow`: the crash matrices and many-round races (`*.slow.test.ts`), which CI runs too. */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/**/*.slow.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
