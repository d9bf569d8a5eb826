/** The steps that write the certificate and the app's identity to GitHub secrets, and delete leftovers. */
import type { SecretValues } from '../../secrets/names.js';
import type { RunState, StepOf } from '../context.js';

/**
 * How long after its own writes a run that raced another first publication writes its certificate again: the
 * other run writes its certificate right after its password, within a round trip or two.
 */
export const PAIR_SETTLE_MS = 2000;

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
  };
  const subset: Partial<SecretValues> = Object.fromEntries(step.names.map((n) => [n.value, values[n.value]]));
  const written = await ctx.secrets.write(subset);
  // The run found no password and wrote one, but GitHub says it replaced one: another run is publishing a
  // first pair right now, and this run's password was written after its. Its certificate follows its password
  // within a round trip; writing this run's certificate again after that leaves the last pair written whole.
  const planned = step.names.find((n) => n.value === 'CERTIFICATE_PASSWORD');
  const password = written.find((w) => w.key === 'CERTIFICATE_PASSWORD');
  if (planned?.reason === 'missing' && password?.outcome === 'updated' && subset.CERTIFICATE) {
    ctx.log.warning(
      `Another run published ${password.name} at the same time as this one; writing this run's certificate ` +
        'again so that the certificate and password secrets stay a pair. Put exo-cba runs for one destination ' +
        'in a `concurrency:` group so they cannot overlap.',
    );
    await ctx.clock.sleep(PAIR_SETTLE_MS);
    written.push(...(await ctx.secrets.write({ CERTIFICATE: subset.CERTIFICATE })));
  }
  state.secretsWritten = [...new Set(written.map((w) => w.name))];
  state.changes.push(`wrote GitHub secrets ${state.secretsWritten.join(', ')}`);
}

export async function deleteSecrets(step: StepOf<'delete-secrets'>, state: RunState): Promise<void> {
  const deleted = (await state.ctx.secrets?.remove(step.names)) ?? [];
  if (deleted.length) state.changes.push(`deleted GitHub secret(s) ${deleted.join(', ')} (${step.reason})`);
}
