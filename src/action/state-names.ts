/** Names of the state the main step saves for the post step. */
export const STATE_PFX_PATH = 'pfx-path';
export const STATE_INSTALLED_THUMBPRINT = 'installed-thumbprint';
