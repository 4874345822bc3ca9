// The article page: metadata, the body with entities, quotes and events highlighted at their offsets, and
// the lists of what was found with where it came from (sentence, cue, rule).
import {api, clear, el, entityLink, eventLine, isHttp, loadCameoNames, outLink, param, path, showError} from '/herald.js';

/** Every highlight: a half-open UTF-16 range of body (JS strings index the same way), a kind and a tooltip. */
function annotations(a, names) {
  const out = [];
  a.entities.forEach(e => e.mentions.forEach(m =>
      out.push({start: m.start, end: m.end, kind: 'entity', label: `${e.name} (${e.type.toLowerCase()})`})));
  a.quotes.forEach(q => out.push({start: q.start, end: q.end, kind: 'quote',
      label: 'quote' + (q.speaker ? ' by ' + q.speaker.name : '')}));
  (a.events || []).forEach(e => out.push({start: e.start, end: e.end, kind: 'event',
      label: `event ${e.cameo} ${names[e.cameo] || ''}${e.plover && e.plover !== 'NONE' ? ' · ' + e.plover : ''} (${e.mode}): `
          + `${e.source.code || e.source.name} → ${e.target ? (e.target.code || e.target.name) : '—'}`}));
  const n = a.body.length;
  return out.filter(x => Number.isInteger(x.start) && Number.isInteger(x.end) && 0 <= x.start && x.start < x.end && x.end <= n);
}

/**
 * The body cut at every highlight boundary; each piece is a text node, or a span carrying the classes of all
 * highlights over it. Flat pieces rather than nested marks, because an event span may cross a quote's edge.
 */
function highlightedBody(body, marks) {
  const cuts = new Set([0, body.length]);
  marks.forEach(m => { cuts.add(m.start); cuts.add(m.end); });
  const points = [...cuts].sort((x, y) => x - y);
  const container = el('div', {className: 'body', id: 'body'});
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const text = body.slice(from, to);
    const over = marks.filter(m => m.start <= from && to <= m.end);
    if (!over.length) {
      container.append(text);
      continue;
    }
    const kinds = [...new Set(over.map(m => m.kind))];
    container.append(el('span', {className: ['hl', ...kinds.map(k => 'hl-' + k)].join(' '),
      title: [...new Set(over.map(m => m.label))].join('\n')}, text));
  }
  return container;
}

function entityItem(e) {
  const target = path('/entity.html', {name: e.name, type: e.type});
  return el('li', {},
      el('a', {href: target, className: 'entity-link'}, e.name),
      el('span', {className: 'meta'}, ' ' + [e.type.toLowerCase(), e.title, e.country].filter(Boolean).join(', ')
          + ` · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`));
}

function quoteItem(q) {
  return el('li', {},
      el('blockquote', {}, q.text),
      el('p', {className: 'meta'},
          q.speaker ? '— ' + q.speaker.name : '— unattributed',
          ` · ${q.type}`, q.cue ? ` · cue “${q.cue.text}”` : '', q.addressee ? ` · to ${q.addressee}` : ''));
}

// The analysis's actors name the article's entities by their ids in this article ("e1"): link them as the
// entity list does, by name and type, which the entity page finds across the store.
function articleActorLink(entities) {
  const byId = new Map((entities || []).map(x => [x.id, x]));
  return a => {
    const x = byId.get(a.entity);
    return x ? el('a', {href: path('/entity.html', {name: x.name, type: x.type}), className: 'entity-link'}, a.name)
        : el('span', {}, a.name);
  };
}

function eventItem(e, names, actorLink) {
  return el('li', {className: 'event'},
      el('p', {}, eventLine(e, names, actorLink)),
      el('p', {className: 'provenance'}, el('span', {className: 'label'}, 'sentence: '), e.sentence),
      el('p', {className: 'provenance'}, el('span', {className: 'label'}, 'trigger: '), e.trigger,
          el('span', {className: 'label'}, ' rule: '), el('code', {}, e.rule)));
}

function section(title, items, render, className) {
  if (!items || !items.length) return null;
  return el('section', {className}, el('h2', {}, `${title} (${items.length})`), el('ul', {}, items.map(render)));
}

/** A link to the article's story page, and to the original when the article is a copy; nothing without a story. */
function storyLink(story) {
  if (!story) return '';
  return el('p', {className: 'story-link', id: 'story-link'},
      el('a', {href: path('/story.html', {id: story.story})}, 'Story'),
      story.duplicate_of ? [' · copy of ', el('a', {href: path('/article.html', {id: story.duplicate_of})},
          'an earlier article')] : '');
}

function render(id, a, names, story) {
  document.title = 'Herald: ' + (a.title || 'article');
  const meta = [a.site, a.published, a.authors.join(', '), a.language].filter(Boolean).join(' · ');
  const links = el('p', {className: 'links'},
      isHttp(a.url) ? [outLink(a.url, 'Source'), ' · '] : null,
      el('a', {href: path('/original/' + encodeURIComponent(id)), id: 'original-link'}, 'View original (sanitised)'),
      ' · ', el('a', {href: '/api/articles/' + encodeURIComponent(id)}, 'JSON'));
  const image = a.image && isHttp(a.image.url)
      ? el('p', {className: 'meta'}, outLink(a.image.url, 'Lead image'), a.image.caption ? ': ' + a.image.caption : '')
      : null;
  const legend = el('p', {className: 'legend'}, el('span', {className: 'hl hl-entity'}, 'entity'), ' ',
      el('span', {className: 'hl hl-quote'}, 'quote'), ' ', el('span', {className: 'hl hl-event'}, 'event'));
  const related = section('Related links', a.related, r => el('li', {}, outLink(r.url, r.title)), 'related');
  clear(document.getElementById('article')).append(
      el('h1', {id: 'title'}, a.title || '(untitled)'),
      el('p', {className: 'meta'}, meta), links, storyLink(story), image ?? '', legend,
      highlightedBody(a.body, annotations(a, names)),
      section('Entities', a.entities, entityItem, 'entities') ?? '',
      section('Quotes', a.quotes, quoteItem, 'quotes') ?? '',
      section('Events', a.events, e => eventItem(e, names, articleActorLink(a.entities)), 'events') ?? '',
      section('Dates', a.dates, d => el('li', {}, `${d.text} → ${d.value}`), 'dates') ?? '',
      related ?? '',
      section('Warnings', a.warnings, w => el('li', {}, `${w.code}: ${w.message}`), 'warnings') ?? '');
}

async function main() {
  const id = param('id');
  const box = document.getElementById('article');
  if (!id) return showError(box, new Error('no article id in the address'));
  try {
    // An article stored before stories has none: the page shows it without.
    const story = api('/api/articles/' + encodeURIComponent(id) + '/story').catch(() => null);
    const [article, names, placed] = await Promise.all([api('/api/articles/' + encodeURIComponent(id)),
      loadCameoNames(), story]);
    render(id, article, names, placed);
  } catch (e) {
    showError(box, e);
  }
}

main();
