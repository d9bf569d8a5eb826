import { run } from './exo-cba.js';
await run('bootstrap');
