// The search page: articles matching the URL's q/from/to/site/entity, and facets that narrow the search.
import {api, articleLink, clear, el, param, path, showError, wireForm} from '/herald.js';

const FILTERS = ['q', 'from', 'to', 'site', 'entity'];
const PAGE = 20;

function current() {
  const p = {};
  for (const name of FILTERS) p[name] = param(name);
  return p;
}

/** "2024-05" → the first and last day of that month, as the API's from/to. */
function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`};
}

function facetList(title, counts, toParams, className) {
  if (!counts.length) return null;
  return el('section', {className: 'facet ' + className},
      el('h3', {}, title),
      el('ul', {}, counts.map(c => el('li', {},
          el('a', {href: path('/', {...current(), ...toParams(c)})}, c.label),
          el('span', {className: 'count'}, ' ' + c.count)))));
}

function filters(p) {
  const box = clear(document.getElementById('filters'));
  for (const name of ['site', 'entity', 'from', 'to']) {
    if (!p[name]) continue;
    box.append(el('a', {className: 'chip', href: path('/', {...p, [name]: ''}), title: 'remove this filter'},
        `${name}: ${p[name]} ×`));
  }
}

function results(page, p, offset) {
  const box = clear(document.getElementById('results'));
  box.append(el('p', {className: 'total'}, `${page.total} article${page.total === 1 ? '' : 's'}`));
  const list = el('ol', {className: 'hits', start: offset + 1});
  for (const a of page.articles) {
    list.append(el('li', {className: 'hit'},
        el('h2', {}, articleLink(a.id, a.title)),
        el('p', {className: 'meta'}, [a.site, a.published].filter(Boolean).join(' · ')),
        a.summary ? el('p', {className: 'summary'}, a.summary) : null));
  }
  box.append(list);
  if (offset + PAGE < page.total) {
    box.append(el('a', {className: 'more', href: path('/', {...p, offset: offset + PAGE})}, 'More results'));
  }
}

function facets(f) {
  clear(document.getElementById('facets')).append(
      facetList('Months', f.months, c => monthRange(c.value), 'facet-months') ?? '',
      facetList('Sites', f.sites, c => ({site: c.value}), 'facet-sites') ?? '',
      facetList('Entities', f.entities, c => ({entity: c.value}), 'facet-entities') ?? '');
}

async function main() {
  wireForm(document.getElementById('search'), '/');
  const p = current();
  const offset = Math.max(0, parseInt(param('offset'), 10) || 0);
  filters(p);
  try {
    const page = await api('/api/articles', {...p, limit: PAGE, offset});
    results(page, p, offset);
    facets(page.facets);
  } catch (e) {
    showError(document.getElementById('results'), e);
  }
}

main();
