import { post } from './exo-cba.js';
await post();
