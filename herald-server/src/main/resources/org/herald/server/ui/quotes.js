// Quote search: who said what, newest first, filtered by speaker (name words or entity id), words and dates.
import {api, articleLink, clear, el, entityLink, param, path, showError, wireForm} from '/herald.js';

const PAGE = 50;

async function main() {
  wireForm(document.getElementById('search'), '/quotes.html');
  const box = document.getElementById('results');
  const p = {q: param('q'), speaker: param('speaker'), from: param('from'), to: param('to')};
  const cursor = param('cursor');
  try {
    const page = await api('/api/quotes', {...p, limit: PAGE, cursor});
    clear(box).append(el('p', {className: 'total'}, `${page.total} quote${page.total === 1 ? '' : 's'}`),
        el('ul', {className: 'quotes'}, page.quotes.map(q => el('li', {className: 'quote'},
            el('blockquote', {}, q.text),
            el('p', {className: 'meta'}, '— ', q.speaker ? entityLink(q.speaker_entity, q.speaker) : 'unattributed',
                ' · ', articleLink(q.article, q.article_title), q.published ? ' · ' + q.published : '')))));
    // By the API's cursor, never by offset (#11): one page's cost however deep, and never past the hit window.
    if (page.cursor) {
      box.append(el('a', {className: 'more', href: path('/quotes.html', {...p, cursor: page.cursor})}, 'More quotes'));
    }
  } catch (e) {
    showError(box, e);
  }
}

main();
