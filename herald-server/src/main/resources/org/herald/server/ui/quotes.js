// Quote search: who said what, newest first, filtered by speaker (name words or entity id), words and dates.
import {api, articleLink, clear, el, entityLink, param, path, showError, wireForm} from '/herald.js';

const PAGE = 50;

async function main() {
  wireForm(document.getElementById('search'), '/quotes.html');
  const box = document.getElementById('results');
  const p = {q: param('q'), speaker: param('speaker'), from: param('from'), to: param('to')};
  const offset = Math.max(0, parseInt(param('offset'), 10) || 0);
  try {
    const page = await api('/api/quotes', {...p, limit: PAGE, offset});
    clear(box).append(el('p', {className: 'total'}, `${page.total} quote${page.total === 1 ? '' : 's'}`),
        el('ul', {className: 'quotes'}, page.quotes.map(q => el('li', {className: 'quote'},
            el('blockquote', {}, q.text),
            el('p', {className: 'meta'}, '— ', q.speaker ? entityLink(q.speaker_entity, q.speaker) : 'unattributed',
                ' · ', articleLink(q.article, q.article_title), q.published ? ' · ' + q.published : '')))));
    if (offset + PAGE < page.total) {
      box.append(el('a', {className: 'more', href: path('/quotes.html', {...p, offset: offset + PAGE})}, 'More quotes'));
    }
  } catch (e) {
    showError(box, e);
  }
}

main();
