/** The managed app is single-tenant; an app that is not is left as it is, with a warning. */
import { SINGLE_TENANT } from '../graph/applications.js';
import type { ObservedState } from '../observe/observe.js';

export function audienceNotes(adopted: boolean, app: ObservedState['app']): string[] {
  const audience = app?.signInAudience;
  if (!app || audience === undefined || audience === SINGLE_TENANT) return [];
  const whose = adopted ? `The app ${app.appId} ('app-id')` : `exo-cba's app ${app.appId}`;
  return [
    `${whose} is multi-tenant (signInAudience ${audience}): other organizations' admins could consent to it in their ` +
      'tenants. exo-cba leaves it as it is. Unless it must be multi-tenant, set "Supported account types" to ' +
      `"Accounts in this organizational directory only" (signInAudience ${SINGLE_TENANT}) under the app's Authentication page.`,
  ];
}
