/** The job summary's closing sections, as HTML: the run's warnings, then how to connect with its result. */
import type { ConnectLine } from './connect-line.js';
import { escapeHtml as html } from './html.js';

/** Every warning the run logged, where the summary's reader sees them without opening the log. */
export function warningsSection(warnings: readonly string[]): string {
  if (!warnings.length) return '';
  const items = warnings.map((w) => `<li>${html(w)}</li>`).join('');
  return `<h3>Warnings</h3>\n<ul>${items}</ul>\n`;
}

/** The `Connect-ExchangeOnline` line and the `env:` it reads its secret from. */
export function connectSection(line: ConnectLine): string {
  const env = Object.entries(line.env);
  const envText = env.length
    ? `<p>In the step's <code>env:</code>: ${env
        .map(([name, expression]) => `<code>${html(`${name}: ${expression}`)}</code>`)
        .join(', ')}</p>\n`
    : '';
  const notes = line.notes.length ? `<p>${line.notes.map(html).join(' ')}</p>\n` : '';
  return `<h3>Connect</h3>\n<pre>${html(line.command)}</pre>\n${envText}${notes}`;
}
