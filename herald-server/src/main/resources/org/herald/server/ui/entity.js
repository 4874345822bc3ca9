// The entity page: one person, organisation or place across all articles. Reached by store id (?id=), or from
// an article by name and type (?name=&type=), which the store resolves through its name search.
import {api, articleLink, clear, el, entityLink, eventLine, param, path, showError} from '/herald.js';

async function resolve() {
  if (param('id')) return param('id');
  const name = param('name');
  if (!name) throw new Error('no entity in the address');
  const {entities} = await api('/api/entities', {q: name, limit: 20});
  const type = param('type').toLowerCase();
  const same = e => e.name.toLowerCase() === name.toLowerCase();
  const match = entities.find(e => same(e) && (!type || e.type.toLowerCase() === type))
      ?? entities.find(same) ?? entities[0];
  if (!match) throw new Error(`no entity named ${name} in the store`);
  return match.id;
}

function list(title, items, render, className, empty) {
  return el('section', {className},
      el('h2', {}, title),
      items.length ? el('ul', {}, items.map(render)) : el('p', {className: 'meta'}, empty));
}

function seen(r) {
  const span = r.first_seen === r.last_seen ? (r.first_seen ?? 'undated') : `${r.first_seen} to ${r.last_seen}`;
  return `${span} · ${r.articles} article${r.articles === 1 ? '' : 's'}`;
}

// Set through the style object: the page's CSP (style-src 'self') refuses style attributes.
function bar(percent) {
  const node = el('span', {className: 'bar'});
  node.style.height = `${Math.round(percent)}%`;
  return node;
}

// Mentions per day as a row of bars, one per day with mentions, scaled to the busiest day.
function timeline(days) {
  const most = Math.max(1, ...days.map(d => d.mentions));
  return el('section', {className: 'timeline'},
      el('h2', {}, 'Mentions per day'),
      days.length ? el('ol', {className: 'day-bars'}, days.map(d => el('li', {title: `${d.day}: ${d.mentions}`},
          bar(100 * d.mentions / most), el('span', {className: 'day'}, d.day))))
          : el('p', {className: 'meta'}, 'no dated articles'));
}

function render(p) {
  document.title = 'Herald: ' + p.name;
  clear(document.getElementById('entity')).append(
      el('h1', {id: 'name'}, p.name),
      el('p', {className: 'meta'}, [p.type.toLowerCase(), p.country].filter(Boolean).join(' · ')
          + ` · ${p.mentions} mentions in ${p.articles} article${p.articles === 1 ? '' : 's'} · `,
          el('a', {href: path('/', {entity: p.id})}, 'articles'), ' · ',
          el('a', {href: path('/quotes.html', {speaker: p.id})}, 'quotes')),
      list('Also written', p.aliases, a => el('li', {}, a.name,
          el('span', {className: 'meta'}, ` · ${a.articles} article${a.articles === 1 ? '' : 's'}`)),
          'aliases', 'no other names'),
      list('Roles and titles', p.roles, r => el('li', {}, r.title,
          el('span', {className: 'meta'}, ' · ' + seen(r))), 'titles', 'none seen'),
      timeline(p.timeline),
      list('Newest articles', p.recent_articles, a => el('li', {}, articleLink(a.id, a.title),
          a.published ? el('span', {className: 'meta'}, ' · ' + a.published) : ''), 'articles', 'none'),
      list('Quotes', p.quotes, q => el('li', {},
          el('blockquote', {}, q.text),
          el('p', {className: 'meta'}, articleLink(q.article, q.article_title), q.published ? ' · ' + q.published : '')),
          'quotes', 'none found'),
      list('Events', p.events, e => el('li', {},
          el('p', {}, eventLine(e)),
          el('p', {className: 'provenance'}, e.sentence, ' · ', articleLink(e.article, e.article_title))),
          'events', 'none coded'),
      list('Mentioned with', p.co_mentions, c => el('li', {},
          entityLink(c.entity.id, c.entity.name),
          el('span', {className: 'meta'}, ` ${c.entity.type.toLowerCase()} · ${c.articles} article${c.articles === 1 ? '' : 's'}`)),
          'co-mentions', 'no other entities'));
}

async function main() {
  const box = document.getElementById('entity');
  try {
    render(await api('/api/entities/' + encodeURIComponent(await resolve())));
  } catch (e) {
    showError(box, e);
  }
}

main();
