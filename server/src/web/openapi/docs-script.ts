/**
 * The /docs page's script, served as /docs/docs.js from this server (the strict CSP allows
 * only same-origin scripts). It renders /openapi.json with DOM calls and textContent only,
 * so nothing in the document can inject markup.
 */
export const DOCS_SCRIPT = String.raw`
'use strict';
const el = (tag, attrs, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  for (const child of children.flat()) if (child != null) node.append(child instanceof Node ? child : String(child));
  return node;
};
let components = {};
const resolve = (schema) => {
  if (schema && schema.$ref) return { name: schema.$ref.split('/').pop(), schema: components[schema.$ref.split('/').pop()] || {} };
  return { schema: schema || {} };
};
function typeLabel(schema) {
  const { name, schema: s } = resolve(schema);
  if (name) return name;
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.anyOf || s.oneOf) return (s.anyOf || s.oneOf).map(typeLabel).join(' | ');
  if (s.type === 'array') return typeLabel(s.items) + '[]';
  let label = Array.isArray(s.type) ? s.type.join(' | ') : s.type || 'any';
  if (s.format) label += ' (' + s.format + ')';
  return label;
}
function constraints(s) {
  const parts = [];
  for (const key of ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'maxItems']) {
    if (s[key] !== undefined) parts.push(key + ' ' + s[key]);
  }
  if (s.pattern && !s.format) parts.push('pattern ' + s.pattern);
  return parts.join(', ');
}
function schemaTable(schema, depth) {
  const { schema: s } = resolve(schema);
  const target = s.type === 'array' ? resolve(s.items).schema : s;
  if (!target.properties || depth > 3) return el('p', { class: 'type' }, typeLabel(schema));
  const required = new Set(target.required || []);
  const rows = Object.entries(target.properties).map(([name, prop]) => {
    const inner = resolve(prop).schema;
    const nested = inner.properties || (inner.type === 'array' && resolve(inner.items).schema.properties);
    return el('tr', {},
      el('td', {}, el('code', {}, name), required.has(name) ? '' : el('span', { class: 'opt' }, ' optional')),
      el('td', {}, el('code', {}, typeLabel(prop))),
      el('td', {}, inner.description || '', constraints(inner) ? el('div', { class: 'muted' }, constraints(inner)) : '',
        nested ? schemaTable(prop, depth + 1) : ''),
    );
  });
  return el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'field'), el('th', {}, 'type'), el('th', {}, 'notes'))), el('tbody', {}, rows));
}
function operation(path, method, op) {
  const id = (method + path).replace(/[^a-z0-9]+/gi, '-');
  const section = el('section', { id, class: 'op' },
    el('h3', {}, el('span', { class: 'method ' + method }, method.toUpperCase()), ' ', el('code', {}, path),
      op.security ? el('span', { class: 'lock', title: 'needs a bearer token' }, ' 🔒 bearer') : ''),
    el('p', {}, op.summary || ''));
  if (op.parameters && op.parameters.length) {
    section.append(el('h4', {}, 'Parameters'), el('table', {},
      el('tbody', {}, op.parameters.map((p) => el('tr', {},
        el('td', {}, el('code', {}, p.name), p.required ? '' : el('span', { class: 'opt' }, ' optional')),
        el('td', {}, p.in), el('td', {}, el('code', {}, typeLabel(p.schema))), el('td', {}, p.description || ''))))));
  }
  const body = op.requestBody && op.requestBody.content['application/json'];
  if (body) section.append(el('h4', {}, 'Body (application/json)'), schemaTable(body.schema, 0));
  section.append(el('h4', {}, 'Responses'));
  for (const [status, response] of Object.entries(op.responses || {})) {
    const content = response.content && Object.entries(response.content)[0];
    const details = el('details', {}, el('summary', {}, el('b', {}, status), ' ', response.description || ''));
    if (content) details.append(el('div', { class: 'muted' }, content[0]), schemaTable(content[1].schema, 0));
    section.append(details);
  }
  return section;
}
async function main() {
  const root = document.getElementById('app');
  const doc = await (await fetch('/openapi.json')).json();
  components = (doc.components && doc.components.schemas) || {};
  root.textContent = '';
  root.append(el('h1', {}, doc.info.title + ' ', el('small', {}, 'v' + doc.info.version)), el('p', {}, doc.info.description || ''),
    el('p', {}, 'Machine-readable: ', el('a', { href: '/openapi.json' }, '/openapi.json'), ' (OpenAPI ' + doc.openapi + ')'));
  const byTag = new Map();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = (op.tags && op.tags[0]) || 'Other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push([path, method, op]);
    }
  }
  const nav = el('nav', {});
  for (const [tag, ops] of byTag) {
    nav.append(el('h2', {}, tag), el('ul', {}, ops.map(([path, method]) =>
      el('li', {}, el('a', { href: '#' + (method + path).replace(/[^a-z0-9]+/gi, '-') }, method.toUpperCase() + ' ' + path)))));
  }
  const main = el('main', {});
  for (const [tag, ops] of byTag) main.append(el('h2', {}, tag), ...ops.map(([path, method, op]) => operation(path, method, op)));
  root.append(el('div', { class: 'layout' }, nav, main));
}
main().catch((error) => { document.getElementById('app').textContent = 'Could not load /openapi.json: ' + error.message; });
`;
