/**
 * Certificate subject names (`CN=Exchange Online Automation, O=Contoso`): parsed and checked without any
 * crypto library, so the inputs can be validated before node-forge is loaded.
 */

// ASN.1 universal tags of the string types a subject attribute is written as (X.680)
const UTF8_STRING = 12;
const PRINTABLE_STRING = 19;
const IA5_STRING = 22;

interface SubjectAttributeSpec {
  shortName: string;
  maxLength: number;
  /** ASN.1 string type: UTF8String unless the attribute's syntax demands another. */
  valueTagClass: number;
}

// Upper bounds from RFC 5280 Appendix A.
const SUBJECT_ATTRIBUTES: Record<string, SubjectAttributeSpec> = {
  CN: { shortName: 'CN', maxLength: 64, valueTagClass: UTF8_STRING },
  O: { shortName: 'O', maxLength: 64, valueTagClass: UTF8_STRING },
  OU: { shortName: 'OU', maxLength: 64, valueTagClass: UTF8_STRING },
  L: { shortName: 'L', maxLength: 128, valueTagClass: UTF8_STRING },
  ST: { shortName: 'ST', maxLength: 128, valueTagClass: UTF8_STRING },
  C: { shortName: 'C', maxLength: 2, valueTagClass: PRINTABLE_STRING },
  E: { shortName: 'E', maxLength: 255, valueTagClass: IA5_STRING },
};
const SUBJECT_ALIASES: Record<string, string> = { S: 'ST', EMAIL: 'E', EMAILADDRESS: 'E' };
const SUBJECT_EXAMPLE = 'e.g. CN=Exchange Online Automation, O=Contoso';

/**
 * Parse a distinguished name such as `CN=Exchange Online Automation, O=Contoso` (RFC 4514 style:
 * `\,` escapes a comma, a value may be double-quoted). Throws an Error saying what is wrong.
 */
export function parseSubject(dn: string): { shortName: string; value: string }[] {
  const text = trimUnescaped(dn);
  if (text === '')
    throw new Error(`The certificate subject is empty: give a distinguished name, ${SUBJECT_EXAMPLE}.`);

  const result: { shortName: string; value: string }[] = [];
  for (const part of splitUnescaped(text)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      throw new Error(
        `The certificate subject '${dn}' has a part '${part.trim()}' that is not NAME=value: write it as ${SUBJECT_EXAMPLE} (escape a comma inside a value as \\,).`,
      );
    }
    const rawName = part.slice(0, eq).trim().toUpperCase();
    const name = SUBJECT_ALIASES[rawName] ?? rawName;
    const spec = SUBJECT_ATTRIBUTES[name];
    if (spec === undefined) {
      throw new Error(
        `The certificate subject '${dn}' uses the attribute '${part.slice(0, eq).trim()}', which exo-cba does not support: use ${Object.keys(SUBJECT_ATTRIBUTES).join(', ')}.`,
      );
    }
    const value = unescapeValue(part.slice(eq + 1), dn);
    if (value === '') throw new Error(`The certificate subject '${dn}' has an empty ${name} value.`);
    if (name === 'C' && !/^[A-Za-z]{2}$/.test(value)) {
      throw new Error(
        `The certificate subject '${dn}' has C=${value}: C must be a two-letter country code such as US.`,
      );
    }
    if ([...value].length > spec.maxLength) {
      throw new Error(
        `The certificate subject '${dn}' has a ${name} of ${[...value].length} characters; the limit is ${spec.maxLength}.`,
      );
    }
    if (name === 'E' && !/^[\x21-\x7e]+@[\x21-\x7e]+$/.test(value)) {
      throw new Error(
        `The certificate subject '${dn}' has E=${value}, which is not an ASCII e-mail address.`,
      );
    }
    result.push({ shortName: name, value: name === 'C' ? value.toUpperCase() : value });
  }
  if (!result.some((attribute) => attribute.shortName === 'CN')) {
    throw new Error(
      `The certificate subject '${dn}' has no CN (common name); certificate stores and the Entra admin center show the CN, so give one, ${SUBJECT_EXAMPLE}.`,
    );
  }
  return result;
}

/** Escape a value for use inside a DN string, e.g. an app name with a comma: `CN=${escapeDnValue(name)}`. */
export function escapeDnValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=#]/g, (c) => `\\${c}`)
    .replace(/^ /, '\\ ')
    .replace(/ $/, '\\ ');
}

/**
 * The default subject, `CN=<name>`: the name cut to CN's 64 characters (RFC 5280), so a long app name
 * still makes a valid subject.
 */
export function commonNameSubject(name: string): string {
  const maxLength = SUBJECT_ATTRIBUTES.CN?.maxLength ?? 64;
  return `CN=${escapeDnValue([...name.trim()].slice(0, maxLength).join(''))}`;
}

/** Surrounding spaces are separators, unless escaped: "\\ " keeps a trailing space. */
function trimUnescaped(raw: string): string {
  let text = raw.replace(/^\s+/, '');
  while (/\s$/.test(text) && !/(^|[^\\])(\\\\)*\\\s$/.test(text)) text = text.slice(0, -1);
  return text;
}

function splitUnescaped(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[i + 1];
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

function unescapeValue(raw: string, dn: string): string {
  let text = trimUnescaped(raw);
  if (text.startsWith('"')) {
    if (text.length < 2 || !text.endsWith('"') || text.endsWith('\\"')) {
      throw new Error(`The certificate subject '${dn}' has an unterminated quoted value.`);
    }
    text = text.slice(1, -1);
  }
  let value = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) throw new Error(`The certificate subject '${dn}' ends with a lone backslash.`);
      value += next;
      i++;
    } else if (c === '+' || c === '"') {
      throw new Error(
        `The certificate subject '${dn}' has an unescaped '${c}' in a value; multi-valued names are not supported. Escape it as \\${c}.`,
      );
    } else {
      value += c;
    }
  }
  return value;
}

/** The ASN.1 string tag to write an attribute parsed by `parseSubject` with. */
export function subjectValueTag(shortName: string): number {
  const spec = SUBJECT_ATTRIBUTES[shortName];
  if (spec === undefined) throw new Error(`Unsupported subject attribute ${shortName}.`);
  return spec.valueTagClass;
}
