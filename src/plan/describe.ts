/** The plan in words: one line per step, as the log, the job summary and a dry run print it. */
import type { Plan, RotationReason, Step } from './plan.js';

const ROTATION_TEXT: Record<RotationReason, string> = {
  'new-app': 'the app is new',
  'no-certificate-input': 'no certificate input was given',
  'unreadable-input': 'the certificate input does not open with its password',
  'not-registered': 'the input certificate is not registered on the app',
  expiring: 'the input certificate expires soon',
  expired: 'the input certificate has expired',
  forced: 'force-rotate is true',
};

export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'create-app':
      return `create app '${step.displayName}' (unique name ${step.uniqueName}) requesting ${step.permissions.join(', ')}`;
    case 'update-app-permissions':
      return `add required permission(s) ${step.adds.join(', ')} to the app`;
    case 'rename-app':
      return `rename the app from '${step.from}' to '${step.displayName}'`;
    case 'create-service-principal':
      return 'create the service principal of the app';
    case 'add-certificate':
      return (
        `add a new certificate (${step.subject}, RSA ${step.keySize}, ${step.validityDays} days) because ${ROTATION_TEXT[step.reason]}` +
        (step.replaces ? `; ${step.replaces} stays registered` : '')
      );
    case 'grant-permission':
      return `grant admin consent for ${step.resource ?? 'Office 365 Exchange Online'} ${step.permission}`;
    case 'assign-role':
      return `assign directory role ${step.role.name} (${step.role.templateId})`;
    case 'add-federated-credential':
      return (
        `${step.reason === 'missing' ? 'add' : 'update'} federated credential ${step.name}: jobs with subject ` +
        `${step.subject} (issuer ${step.issuer}, audience ${step.audience}) may sign in as the app`
      );
    case 'verify-certificate':
      return step.mode === 'exchange'
        ? 'wait until Exchange Online accepts the certificate and role'
        : 'wait until Entra ID issues an Exchange token with the permissions';
    case 'publish-secrets':
      return `write GitHub secrets ${step.names.map((n) => `${n.name} (${n.reason})`).join(', ')}`;
    case 'enable-service-principal':
      return 'enable the app again (enable-app: true): Entra issues it tokens from then on';
    case 'tag-app':
    case 'untag-app':
      return `${step.reason} (application tags)`;
    case 'register-exchange-service-principal':
      return "register the app's service principal in Exchange Online (New-ServicePrincipal)";
    case 'add-role-group-member':
      return `add the app's service principal to Exchange role group ${step.group}`;
    case 'unassign-role':
      return `remove directory role ${step.role} from the app (exo-cba assigned it; no longer in 'roles')`;
    case 'remove-role-group-member':
      return `take the app's service principal out of Exchange role group ${step.group} (exo-cba added it; no longer asked for)`;
    case 'delete-secrets':
      return `delete GitHub secret(s) ${step.names.join(', ')}: ${step.reason}`;
    case 'remove-certificates':
      return `remove exo-cba certificate(s) ${step.keys.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`;
  }
}

export function describePlan(p: Plan): string[] {
  if (!p.stages.length) return ['nothing to change'];
  return p.stages.flatMap((stage, i) =>
    stage.map(
      (step, j) => `${i + 1}${stage.length > 1 ? String.fromCharCode(97 + j) : ''}. ${describeStep(step)}`,
    ),
  );
}
