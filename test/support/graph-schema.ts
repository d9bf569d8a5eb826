/**
 * Microsoft Graph's own description of v1.0, for tests that check shapes against it: the part of the CSDL
 * schema and of the request/response samples from the Graph docs that the tests use, vendored in
 * test/fixtures/graph/ (provenance and how to regenerate them: test/fixtures/README.md).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GRAPH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'graph');
const NAMESPACE = 'microsoft.graph';

interface TypeInfo {
  kind: 'EntityType' | 'ComplexType';
  baseType: string | undefined;
  properties: Map<string, string>;
}

let types: Map<string, TypeInfo> | undefined;

/** Entity and complex types by full name (`microsoft.graph.application`), aliases resolved. */
function schemaTypes(): Map<string, TypeInfo> {
  if (types) return types;
  const xml = readFileSync(join(GRAPH_DIR, 'v1.0-metadata-subset.xml'), 'utf8');
  types = new Map();
  for (const schema of xml.matchAll(/<Schema\s([^>]*)>([\s\S]*?)<\/Schema>/g)) {
    const namespace = /Namespace="([^"]+)"/.exec(schema[1])?.[1] ?? '';
    const alias = /Alias="([^"]+)"/.exec(schema[1])?.[1];
    const full = (name: string) =>
      alias ? name.replace(new RegExp(`(^|\\()${alias}\\.`), `$1${namespace}.`) : name;
    const typePattern = /<(EntityType|ComplexType)\s([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
    for (const t of schema[2].matchAll(typePattern)) {
      const name = /\bName="([^"]+)"/.exec(t[2])?.[1];
      if (!name) continue;
      const base = /\bBaseType="([^"]+)"/.exec(t[2])?.[1];
      const properties = new Map<string, string>();
      for (const p of (t[4] ?? '').matchAll(
        /<(?:Property|NavigationProperty)\s[^>]*?Name="([^"]+)"[^>]*?Type="([^"]+)"/g,
      )) {
        properties.set(p[1], full(p[2]));
      }
      types.set(`${namespace}.${name}`, {
        kind: t[1] as TypeInfo['kind'],
        baseType: base ? full(base) : undefined,
        properties,
      });
    }
  }
  return types;
}

function typeInfo(typeName: string): TypeInfo {
  const name = typeName.includes('.') ? typeName : `${NAMESPACE}.${typeName}`;
  const info = schemaTypes().get(name);
  if (!info) throw new Error(`Graph v1.0 has no entity or complex type ${name}`);
  return info;
}

/** Property names (structural and navigation) of a Graph type, including its base types. */
export function graphTypeProperties(typeName: string): Set<string> {
  return new Set(graphTypePropertyTypes(typeName).keys());
}

/** Property names mapped to their types (`Edm.String`, `Collection(microsoft.graph.keyCredential)`, …). */
export function graphTypePropertyTypes(typeName: string): Map<string, string> {
  const result = new Map<string, string>();
  for (let info: TypeInfo | undefined = typeInfo(typeName); info;) {
    for (const [name, type] of info.properties) if (!result.has(name)) result.set(name, type);
    info = info.baseType ? typeInfo(info.baseType) : undefined;
  }
  return result;
}

/** Names in `object` that the Graph type lacks (OData annotations like `@odata.context` are ignored). */
export function unknownProperties(object: Record<string, unknown>, typeName: string): string[] {
  const known = graphTypeProperties(typeName);
  return Object.keys(object).filter((k) => !k.includes('@') && !known.has(k));
}

export interface DocsSample {
  method: string;
  /** as in the docs, with `*` for the example's IDs and values */
  url: string;
  status: number;
  body: unknown;
}

/** One entry of the docs samples file, as Microsoft's tooling writes it. */
export interface DocsSampleMock {
  request: { url: string; method: string };
  response: { statusCode: number; body: unknown };
}

/** The vendored docs samples file as it is: `{ mocks: [{ request, response }] }`. */
export function readDocsSampleMocks(): { mocks: DocsSampleMock[] } {
  return JSON.parse(readFileSync(join(GRAPH_DIR, 'v1.0-docs-samples-subset.json'), 'utf8')) as {
    mocks: DocsSampleMock[];
  };
}

let samples: DocsSample[] | undefined;

/** The docs samples matching a predicate; response bodies stored as JSON text are parsed. */
export function docsSamples(predicate: (sample: DocsSample) => boolean): DocsSample[] {
  if (!samples) {
    samples = readDocsSampleMocks().mocks.map((m) => {
      let body = m.response.body;
      if (typeof body === 'string') {
        try {
          body = JSON.parse(body);
        } catch {
          /* not JSON: keep the text */
        }
      }
      return { method: m.request.method, url: m.request.url, status: m.response.statusCode ?? 200, body };
    });
  }
  return samples.filter(predicate);
}

/** The one sample for a method and URL (as written in the mocks, with `*`); throws when absent. */
export function docsSample(method: string, url: string): DocsSample {
  const found = docsSamples((s) => s.method === method && s.url === url);
  if (found.length === 0) throw new Error(`no Graph docs sample for ${method} ${url}`);
  return found[0];
}
