/**
 * A small JSON Schema check for the keywords the project's schemas use, for tests. No validator
 * package is a dependency (ajv with ajv-formats would be the one to add); this one refuses any
 * keyword it does not know, so a schema cannot use one that is silently skipped.
 *
 * `closed` also reports properties a schema does not declare: the published schema lets readers
 * ignore new fields, while the tests make sure the build writes nothing undocumented.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description']);
const KNOWN = new Set([...ANNOTATIONS, 'type', 'required', 'properties', 'items', 'const', 'pattern', 'minLength', 'minItems', 'format']);

const FORMATS: Record<string, (value: string) => boolean> = {
  uri: (value) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Every way the value breaks the schema, as "path: problem"; empty when it is valid. */
export function schemaErrors(schema: Schema, value: unknown, { closed = false } = {}, path = '$'): string[] {
  const unknown = Object.keys(schema).filter((k) => !KNOWN.has(k));
  if (unknown.length) throw new Error(`${path}: the schema uses ${unknown.join(', ')}, which this check does not know`);
  const errors: string[] = [];
  const type = typeOf(value);
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema['const'])) errors.push(`${path}: must be ${JSON.stringify(schema['const'])}`);
  if ('type' in schema && !(type === schema['type'] || (schema['type'] === 'number' && type === 'integer'))) {
    return [...errors, `${path}: must be ${String(schema['type'])}, is ${type}`];
  }
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) errors.push(`${path}: shorter than ${schema['minLength']}`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema['pattern']}`);
    if (typeof schema['format'] === 'string') {
      const check = FORMATS[schema['format']];
      if (!check) throw new Error(`${path}: unknown format ${schema['format']}`);
      if (!check(value)) errors.push(`${path}: ${JSON.stringify(value)} is not a ${schema['format']}`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) errors.push(`${path}: fewer than ${schema['minItems']} items`);
    const items = schema['items'] as Schema | undefined;
    if (items) value.forEach((item, i) => errors.push(...schemaErrors(items, item, { closed }, `${path}[${i}]`)));
  }
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in object)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(object)) {
      const property = properties[key];
      if (property) errors.push(...schemaErrors(property, item, { closed }, `${path}.${key}`));
      else if (closed && 'properties' in schema) errors.push(`${path}.${key}: not in the schema`);
    }
  }
  return errors;
}
