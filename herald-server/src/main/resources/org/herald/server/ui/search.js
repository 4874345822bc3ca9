// The search page: articles matching the URL's q/from/to/site/entity, and facets that narrow the search.
import {api, articleLink, clear, el, entityLink, param, path, showError, wireForm} from '/herald.js';

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

/** One page of hits; `start` hits came before it (for numbering only: the page itself is the cursor's). */
function results(page, p, start) {
  const box = clear(document.getElementById('results'));
  box.append(el('p', {className: 'total'}, `${page.total} article${page.total === 1 ? '' : 's'}`));
  const list = el('ol', {className: 'hits', start: start + 1});
  for (const a of page.articles) {
    list.append(el('li', {className: 'hit'},
        el('h2', {}, articleLink(a.id, a.title)),
        el('p', {className: 'meta'}, [a.site, a.published].filter(Boolean).join(' · ')),
        a.summary ? el('p', {className: 'summary'}, a.summary) : null));
  }
  box.append(list);
  // The next page by the API's cursor, never by offset: a cursor costs one page however deep (#11), and an
  // offset past the API's 10,000-hit window would be refused.
  if (page.cursor) {
    box.append(el('a', {className: 'more', href: path('/', {...p, cursor: page.cursor, start: start + PAGE})},
        'More results'));
  }
}

function facets(f) {
  clear(document.getElementById('facets')).append(
      facetList('Months', f.months, c => monthRange(c.value), 'facet-months') ?? '',
      facetList('Sites', f.sites, c => ({site: c.value}), 'facet-sites') ?? '',
      facetList('Entities', f.entities, c => ({entity: c.value}), 'facet-entities') ?? '');
}

/** What is happening now (GET /api/trends), above the newest articles when nothing is searched for. */
function now(t) {
  const box = clear(document.getElementById('now'));
  if (!t.at) return;
  const stories = el('ol', {className: 'top-stories'}, t.last_week.map(s => el('li', {},
      el('a', {href: path('/story.html', {id: s.story.id})}, s.story.headlines[0] || s.story.id),
      el('span', {className: 'count'}, ` ${s.sources} source${s.sources === 1 ? '' : 's'}`))));
  const entities = el('ul', {className: 'rising-entities'}, t.rising_entities.map(e => el('li', {},
      entityLink(e.entity.id, e.entity.name), el('span', {className: 'count'}, ` ${e.recent} articles`))));
  const dyads = el('ul', {className: 'rising-dyads'}, t.rising_dyads.map(d => el('li', {},
      el('a', {href: path('/dyad.html', {source: d.source, target: d.target})}, `${d.source} → ${d.target}`),
      el('span', {className: 'count'}, ` ${d.recent} events`))));
  box.append(el('h2', {}, `The week to ${t.at}`),
      el('div', {className: 'columns'},
          el('section', {}, el('h3', {}, 'Top stories by sources'), stories),
          t.rising_entities.length ? el('section', {}, el('h3', {}, 'Rising'), entities) : '',
          t.rising_dyads.length ? el('section', {}, el('h3', {}, 'Rising dyads'), dyads) : ''));
}

async function main() {
  wireForm(document.getElementById('search'), '/');
  const p = current();
  const cursor = param('cursor');
  const start = Math.max(0, parseInt(param('start'), 10) || 0);
  filters(p);
  if (FILTERS.every(name => !p[name]) && !cursor) {
    api('/api/trends', {limit: 5}).then(now).catch(e => showError(document.getElementById('now'), e));
  }
  try {
    const page = await api('/api/articles', {...p, limit: PAGE, cursor});
    results(page, p, start);
    facets(page.facets);
  } catch (e) {
    showError(document.getElementById('results'), e);
  }
}

main();
