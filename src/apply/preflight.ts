/**
 * Before the first write: the provisioning app must hold the Graph permissions the plan's writes need
 * (else nothing is changed), and the user learns what the run will do that they may not expect.
 */
import { errorMessage, type Logger } from '../action/log.js';
import { assertGraphPermissions } from '../plan/permissions.js';
import type { Plan } from '../plan/plan.js';

/** Throws when a Graph permission the plan needs is missing; warns about what else deserves attention. */
export function checkBeforeApplying(
  plan: Plan,
  roles: string[],
  clientId: string,
  log: Logger,
  unreadable?: string,
): void {
  const permissionWarning = assertGraphPermissions(plan, roles, clientId);
  if (permissionWarning) log.warning(permissionWarning);
  if (plan.certificate.action === 'rotate' && plan.certificate.reason === 'unreadable-input') {
    log.warning(
      `The certificate inputs do not open together (${unreadable}). A run that stopped between writing the certificate ` +
        'secrets leaves such a pair: issuing a new certificate and writing the pair again, so later runs find one that opens.',
    );
  }
  if (plan.certificate.action === 'rotate' && plan.certificate.reason === 'no-certificate-input') {
    log.warning(
      'No certificate input was given, so a new certificate is issued (a private key cannot be read back from Entra ID). ' +
        'Pass the published one next time: certificate: ${{ secrets.EXO_CERTIFICATE }} and certificate-password: ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.',
    );
  }
}

/**
 * A dry run is a check: what a real run would be refused (a missing Graph permission) is returned, to fail the dry
 * run once its whole plan is printed; what deserves attention only is a warning.
 */
export function whatApplyWouldRefuse(
  plan: Plan,
  roles: string[],
  clientId: string,
  log: Logger,
): string | undefined {
  try {
    const warning = assertGraphPermissions(plan, roles, clientId);
    if (warning) log.warning(warning);
    return undefined;
  } catch (error) {
    return errorMessage(error).replace('; nothing was changed', '');
  }
}
