// DOM helpers. Text always goes in through textContent, never innerHTML, so data from the
// server (JIDs, domains, messages) is never parsed as markup.

/**
 * Makes an element. attrs: "class", "text", "on<Event>" handlers, boolean properties
 * (checked, disabled, hidden, required) and any other attribute. Children: nodes or strings.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'text') {
      node.textContent = value;
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (['checked', 'disabled', 'hidden', 'required', 'value'].includes(key)) {
      node[key] = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

let nextId = 0;

/** A unique element id, for label/input pairs. */
export function uid(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled input inside a row: returns [label wrapper, input]. */
export function labelled(text, input) {
  if (!input.id) {
    input.id = uid('f');
  }
  return el('label', { for: input.id }, text, input);
}

/** A table; rows are arrays of cells (strings or nodes). Shows `empty` when there are no rows. */
export function table(caption, headers, rows, empty = 'None.') {
  if (rows.length === 0) {
    return el('p', { class: 'empty', text: empty });
  }
  return el(
    'table',
    {},
    el('caption', { class: 'hint', text: caption }),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((row) => row instanceof Node ? row : el('tr', {}, row.map(cell)))),
  );
}

function cell(value) {
  if (value instanceof Node && value.tagName === 'TD') {
    return value;
  }
  return el('td', {}, value === null || value === undefined ? '' : value);
}

/** A definition list of [term, value] pairs. */
export function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.flatMap(([term, value]) => [
    el('dt', { text: term }),
    el('dd', {}, value === null || value === undefined ? '—' : String(value)),
  ]));
}

/** The page heading with the seed's menu path under it. */
export function heading(title, path) {
  return [el('h1', { text: title }), path ? el('p', { class: 'path', text: path }) : null];
}

export function yesNo(value) {
  return value ? 'yes' : 'no';
}
