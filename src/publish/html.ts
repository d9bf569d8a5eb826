/**
 * Text for the job summary, which is HTML: a value from an input or a service must not become markup.
 * Values go only into element content (never attributes), where `&`, `<` and `>` are what must be escaped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
