// Redocly decorator for `cargo xtask docs`: turns the specs' `x-` extensions into text a caller reads.
//
// The notes are derived from the extensions at build time, so they cannot drift from the spec, and they never
// reach spec/*.yaml, whose descriptions the generator copies into the generated Rust code.
// Registered by tools/lint/docs.yaml; `redocly lint` does not load it.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** `pamrequests(guid'{id}')`: a parameter inside a segment, between literal text. */
function isKeySegment(segment) {
  return /\{[^}]+\}/.test(segment) && !/^\{[^}]+\}$/.test(segment);
}

function keyInSegment(path) {
  return path.split('/').some(isKeySegment);
}

/** Every property with `format: mim-date-time`, as `Schema.Property`, from the component schemas. */
function dateTimeFields(root) {
  const out = [];
  const schemas = (root.components && root.components.schemas) || {};
  for (const [name, schema] of Object.entries(schemas)) {
    for (const [prop, sub] of Object.entries((schema && schema.properties) || {})) {
      if (sub && (sub.format === 'mim-date-time' || (sub.items && sub.items.format === 'mim-date-time'))) {
        out.push(`${name}.${prop}`);
      }
    }
  }
  return out;
}

function operationNotes(path, item, op) {
  const notes = [];
  if (keyInSegment(path)) {
    notes.push(
      'The key sits inside a path segment, OData style (`' + path.split('/').filter(isKeySegment).join('/') +
        "`): send the bare value; the template supplies the wrapper. Inside `'…'`, a `'` is written twice.",
    );
  }
  if (op['x-query-or-body']) {
    notes.push('`x-query-or-body`: the top-level body fields may be sent as query parameters instead of a body.');
  }
  const extra = op['x-extra-request-media-types'];
  if (Array.isArray(extra) && extra.length) {
    notes.push('`x-extra-request-media-types`: the body is also accepted as ' + extra.map((m) => '`' + m + '`').join(', ') + '.');
  }
  const aliases = op['x-path-aliases'];
  if (Array.isArray(aliases) && aliases.length) {
    notes.push('`x-path-aliases`: also served at ' + aliases.map((a) => '`' + a + '`').join(', ') + ' (same parameters).');
  }
  if (item['x-mim-documented-path']) {
    notes.push("`x-mim-documented-path`: MIM's documentation writes this path as `" + item['x-mim-documented-path'] + '`.');
  }
  if (op['x-mim-documented-method']) {
    notes.push("`x-mim-documented-method`: MIM's documentation gives the method as " + op['x-mim-documented-method'] + '.');
  }
  return notes;
}

function rootNotes(root) {
  const notes = [];
  if (root['x-case-insensitive-paths']) {
    notes.push('`x-case-insensitive-paths`: path literals match in any case (IIS routing): `/API/…` reaches `/api/…`.');
  }
  const keyed = Object.keys(root.paths || {}).filter(keyInSegment);
  if (keyed.length) {
    notes.push('Keys inside path segments (OData v3): ' + keyed.map((p) => '`' + p + '`').join(', ') + '.');
  }
  const dates = dateTimeFields(root);
  if (dates.length) {
    notes.push(
      'Date-times (`format: mim-date-time`) come with `Z`, with an offset, or without a zone; `0001-01-01T00:00:00` means "not set". Fields: ' +
        dates.map((d) => '`' + d + '`').join(', ') + '.',
    );
  }
  const open = Object.entries((root.components && root.components.schemas) || {})
    .filter(([, s]) => s && s['x-open-enum'])
    .map(([n]) => '`' + n + '`');
  if (open.length) {
    notes.push('`x-open-enum`: ' + open.join(', ') + ' may carry values not listed here; keep unknown values instead of failing.');
  }
  if (root['x-error-body-template']) {
    notes.push(
      '`x-error-body-template`: errors found before an operation runs (404, 405, 415, malformed input) have this body, with `{code}` and `{message}` filled in:\n\n  ```json\n  ' +
        JSON.stringify(root['x-error-body-template']) + '\n  ```',
    );
  }
  for (const [path, item] of Object.entries(root.paths || {})) {
    for (const method of METHODS) {
      const op = item && item[method];
      if (!op) continue;
      if (op['x-query-or-body']) {
        notes.push('`' + method.toUpperCase() + ' ' + path + '` (' + (op.operationId || '') + '): the body fields may be sent as query parameters instead (`x-query-or-body`).');
      }
    }
  }
  return notes;
}

function CallerNotes() {
  return {
    Root: {
      leave(root) {
        for (const [path, item] of Object.entries(root.paths || {})) {
          for (const method of METHODS) {
            const op = item && item[method];
            if (!op) continue;
            const notes = operationNotes(path, item, op);
            if (notes.length) {
              op.description = (op.description ? op.description.trimEnd() + '\n\n' : '') +
                '**Caller notes**\n\n' + notes.map((n) => '- ' + n).join('\n') + '\n';
            }
          }
        }
        const notes = rootNotes(root);
        if (notes.length && root.info) {
          root.info.description = (root.info.description ? root.info.description.trimEnd() + '\n\n' : '') +
            '## Caller notes\n\nDerived from the `x-` extensions of the spec (see `spec/CONVENTIONS.md`, `spec/DECISIONS.md`):\n\n' +
            notes.map((n) => '- ' + n).join('\n') + '\n';
        }
      },
    },
  };
}

export default function callerNotesPlugin() {
  return {
    id: 'caller-notes',
    decorators: {
      oas3: {
        'caller-notes': CallerNotes,
      },
    },
  };
}
