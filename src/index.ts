/**
 * The bundle's entries (dist/exo-cba.js): each action.yml runs a two-line file in dist/ that calls one of them —
 * `run('bootstrap')` for the root action, `run('rotate')` for rotate/, …, and `post()` for every post step.
 */
export { run } from './main.js';
export { post } from './post.js';
