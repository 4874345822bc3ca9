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

function render(p) {
  document.title = 'Herald: ' + p.name;
  clear(document.getElementById('entity')).append(
      el('h1', {id: 'name'}, p.name),
      el('p', {className: 'meta'}, [p.type.toLowerCase(), p.country].filter(Boolean).join(' · ')
          + ` · ${p.mentions} mentions in ${p.articles} article${p.articles === 1 ? '' : 's'} · `,
          el('a', {href: path('/', {entity: p.id})}, 'articles'), ' · ',
          el('a', {href: path('/quotes.html', {speaker: p.id})}, 'quotes')),
      list('Roles and titles', p.titles, t => el('li', {}, t), 'titles', 'none seen'),
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
