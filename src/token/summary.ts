/** Token mode's job summary: what was issued, the run's warnings, and the line that connects with the token. */
import { writeJobSummary } from '../action/summary.js';
import type { TokenSettings } from '../inputs/settings.js';
import { complianceConnectLine, connectLine } from '../publish/connect-line.js';
import { escapeHtml as html } from '../publish/html.js';
import { connectSection, warningsSection } from '../publish/summary-sections.js';
import type { IssuedTokens } from './outputs.js';
import { issuedText } from './outputs.js';

export async function writeTokenSummary(
  tokens: IssuedTokens,
  settings: Pick<TokenSettings, 'appId' | 'organization' | 'cloud'>,
  warnings: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const connect = connectLine({
    runnerOs: env.RUNNER_OS,
    stepId: env.GITHUB_ACTION,
    appId: settings.appId,
    organization: settings.organization,
    exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
    credential: { kind: 'token' },
  });
  const compliance =
    tokens.compliance &&
    complianceConnectLine({
      organization: settings.organization,
      stepId: env.GITHUB_ACTION,
      connection: settings.cloud.complianceConnection,
    });
  await writeJobSummary((s) =>
    s
      .addHeading('Exchange Online access token', 2)
      .addRaw(`<p>${html(issuedText(tokens, settings))}</p>\n`)
      .addRaw(warningsSection(warnings))
      .addRaw(connectSection(connect))
      .addRaw(compliance ? connectSection(compliance) : ''),
  );
}
