// The story page: one story (?id=) with its articles, copies marked, and its events counted once across them;
// without an id, the stories of the store, biggest first (?sort=size, the default) or newest first (?sort=recent).
import {api, articleLink, clear, el, entityLink, eventLine, param, path, showError} from '/herald.js';

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function seen(s) {
  return [s.first_seen, s.last_seen].filter(Boolean).filter((d, i, all) => all.indexOf(d) === i).join(' – ');
}

function summaryLine(s) {
  return el('p', {className: 'meta'}, `${plural(s.articles_count, 'article')} from ${plural(s.sites.length, 'site')}`
      + (seen(s) ? ' · ' + seen(s) : '') + (s.sites.length ? ' · ' + s.sites.join(', ') : ''),
      s.top_entities.length ? ' · ' : '',
      ...s.top_entities.flatMap((e, i) => [i ? ', ' : '', entityLink(e.id, e.name)]));
}

function storyItem(s) {
  return el('li', {className: 'story-item'},
      el('a', {href: path('/story.html', {id: s.id})}, s.headlines[0] || '(untitled)'),
      summaryLine(s));
}

function articleItem(a) {
  return el('li', {},
      articleLink(a.id, a.title),
      el('span', {className: 'meta'}, ' ' + [a.site, a.published].filter(Boolean).join(' · ')),
      a.duplicate_of ? el('span', {className: 'duplicate'}, ' · copy of ', articleLink(a.duplicate_of, 'an earlier article'))
          : '');
}

function eventItem(e) {
  const counts = `${plural(e.num_mentions, 'mention')} · ${plural(e.num_sources, 'source')} · `
      + plural(e.num_articles, 'article');
  return el('li', {className: 'event'},
      el('p', {}, eventLine(e)),
      el('p', {className: 'meta counts'}, counts, e.is_root_event ? el('strong', {className: 'root'}, ' · root event') : ''),
      el('p', {className: 'provenance'}, e.sentence));
}

function list(title, items, render, className, empty) {
  return el('section', {className},
      el('h2', {}, `${title} (${items.length})`),
      items.length ? el('ul', {}, items.map(render)) : el('p', {className: 'meta'}, empty));
}

function renderStory(s) {
  document.title = 'Herald: ' + (s.headlines[0] || 'story');
  clear(document.getElementById('story')).append(
      el('h1', {id: 'title'}, s.headlines[0] || '(untitled story)'),
      summaryLine(s),
      el('p', {className: 'links'}, el('a', {href: '/api/stories/' + encodeURIComponent(s.id)}, 'JSON')),
      list('Articles', s.articles, articleItem, 'articles', 'none'),
      list('Events', s.events, eventItem, 'events', 'none coded'));
}

function renderList(page, sort) {
  const other = sort === 'size' ? 'recent' : 'size';
  clear(document.getElementById('story')).append(
      el('h1', {}, 'Stories'),
      el('p', {className: 'meta'}, `${plural(page.total, 'story')}, ${sort === 'size' ? 'biggest' : 'newest'} first · `,
          el('a', {href: path('/story.html', {sort: other})}, other === 'size' ? 'biggest first' : 'newest first')),
      el('ul', {id: 'stories'}, page.stories.map(storyItem)));
}

async function main() {
  const box = document.getElementById('story');
  try {
    const id = param('id');
    if (id) return renderStory(await api('/api/stories/' + encodeURIComponent(id)));
    const sort = param('sort') === 'recent' ? 'recent' : 'size';
    renderList(await api('/api/stories', {sort, limit: 50}), sort);
  } catch (e) {
    showError(box, e);
  }
}

main();
