/** The step that writes the certificate and the app's identity to GitHub secrets. */
import type { SecretValues } from '../../secrets/names.js';
import type { RunState, StepOf } from '../context.js';

export async function publishSecrets(step: StepOf<'publish-secrets'>, state: RunState): Promise<void> {
  const { ctx } = state;
  const certificate = state.requireCertificate();
  if (!ctx.secrets) return;
  const values: SecretValues = {
    APP_ID: state.requireApp().appId,
    APP_OBJECT_ID: state.requireApp().id,
    TENANT_ID: ctx.tenantId,
    ORGANIZATION: ctx.observed.organization,
    CERTIFICATE: certificate.pfxBase64,
    CERTIFICATE_PASSWORD: certificate.password,
    CERTIFICATE_THUMBPRINT: certificate.thumbprintSha1,
  };
  const subset: Partial<SecretValues> = Object.fromEntries(step.names.map((n) => [n.value, values[n.value]]));
  state.secretsWritten = await ctx.secrets.write(subset);
  state.changes.push(`wrote GitHub secrets ${state.secretsWritten.join(', ')}`);
}
