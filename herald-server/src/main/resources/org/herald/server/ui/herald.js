// Shared helpers of the Herald pages. Everything that comes from the store is put into the page as text nodes
// or as attributes of elements we create: stored articles are hostile input, so no page of this UI ever hands
// a string to the HTML parser (HeraldServerTest checks the scripts for the APIs that would).

/** An element: el('a', {href: '/x', className: 'y'}, 'text', childNode, ...). Strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** True for absolute http(s) URLs: the only addresses from data that may become links. */
export function isHttp(url) {
  if (typeof url !== 'string') return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host !== '';
  } catch (e) {
    return false;
  }
}

// Our own links are paths ('/article.html?id=…'); anything else must be http(s). A javascript: URL never
// reaches an href, even through a bug in a caller.
function safeHref(value) {
  const s = String(value);
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  return isHttp(s) ? s : '#';
}

/** A link to an address found in the data, or just its text when it is not http(s). */
export function outLink(url, text) {
  return isHttp(url) ? el('a', {href: url, rel: 'nofollow noopener noreferrer', target: '_blank'}, text ?? url)
                     : el('span', {}, text ?? '');
}

/** A path on this server with query parameters, leaving out empty ones. */
export function path(base, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v) !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? base + '?' + s : base;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name) ?? '';
}

/** GET an API path; rejects with the API's error message. */
export async function api(base, params = {}) {
  const response = await fetch(path(base, params), {headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.status + ' ' + response.statusText;
    throw new Error(message);
  }
  return body;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function showError(container, error) {
  clear(container).append(el('p', {className: 'error'}, String(error.message || error)));
}

export function articleLink(id, title) {
  return el('a', {href: path('/article.html', {id})}, title || '(untitled)');
}

export function entityLink(id, name) {
  return id ? el('a', {href: path('/entity.html', {id}), className: 'entity-link'}, name) : el('span', {}, name);
}

/**
 * The CAMEO codebook's names by code ({"112": "Accuse", …}), fetched once per page: stored analyses (the article
 * page) carry only the code, while /api/events hits carry their cameo_name.
 */
let cameoNames;
export function loadCameoNames() {
  cameoNames ??= api('/api/cameo').then(body => Object.fromEntries(body.codes.map(c => [c.code, c.name])));
  return cameoNames;
}

/**
 * What kind of event: "112 Accuse · ACCUSE", the CAMEO code and its codebook name beside the PLOVER type. PLOVER
 * drops CAMEO 01 (statements) and 02 (appeals), whose type is NONE: those show the CAMEO name alone.
 */
export function eventType(e, names = {}) {
  const name = e.cameo_name || names[e.cameo] || '';
  const plover = e.plover && e.plover !== 'NONE' ? [' · ', el('strong', {className: 'plover', title: 'PLOVER type'}, e.plover)] : [];
  return el('span', {className: 'event-type'},
      el('code', {title: 'CAMEO code'}, e.cameo), name ? ' ' : '', name ? el('span', {className: 'cameo-name'}, name) : '',
      ...plover);
}

/**
 * One line of event: source → type → target, then its mode, confidence, Goldstein score and date. Actors link by
 * their store entity id; a stored analysis's actors carry the article's own ids ("e1"), so the article page passes
 * its own actorLink.
 */
export function eventLine(e, names = {}, actorLink = a => entityLink(a.entity, a.name)) {
  const actor = a => a ? [actorLink(a), ' ', el('code', {}, a.code || '—')] : ['(no target)'];
  const confidence = typeof e.confidence === 'number' ? `confidence ${e.confidence.toFixed(2)}` : '';
  return [
    ...actor(e.source), ' → ', eventType(e, names), ' → ',
    ...actor(e.target),
    ' ', el('span', {className: 'mode mode-' + String(e.mode || '').toLowerCase(), title: 'mode'},
        String(e.mode || '').toLowerCase()),
    ...(confidence ? [' ', el('span', {className: 'confidence', title: 'how likely the event is right as coded'}, confidence)] : []),
    el('span', {className: 'meta'}, ` · Goldstein ${e.goldstein}, quad ${e.quad_class}` + (e.date ? `, ${e.date}` : '')),
  ];
}

/** A form whose submit navigates to this page with the form's fields as query parameters. */
export function wireForm(form, base) {
  for (const input of form.querySelectorAll('input[name], select[name]')) {
    input.value = param(input.name) || input.value;
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    const params = {};
    for (const input of form.querySelectorAll('input[name], select[name]')) params[input.name] = input.value.trim();
    location.assign(path(base, params));
  });
}
