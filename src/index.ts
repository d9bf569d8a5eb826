import * as core from '@actions/core';
core.info('hello');
const m = await import('node-forge');
core.info(typeof m.default.pki);
