// The dyad page: events from one actor to another over time (counts per QuadClass and the Goldstein mean,
// drawn with uPlot) and the events themselves.
import {api, clear, el, eventLine, articleLink, param, path, showError, wireForm} from '/herald.js';

const QUADS = [
  {key: '1', label: 'Verbal cooperation', stroke: '#2b8a3e'},
  {key: '2', label: 'Material cooperation', stroke: '#1864ab'},
  {key: '3', label: 'Verbal conflict', stroke: '#e67700'},
  {key: '4', label: 'Material conflict', stroke: '#c92a2a'},
];

function chart(buckets, box) {
  clear(box);
  if (!buckets.length) {
    box.append(el('p', {className: 'meta'}, 'No events for this dyad.'));
    return;
  }
  const x = buckets.map(b => Date.parse(b.date + 'T00:00:00Z') / 1000);
  const data = [x, ...QUADS.map(q => buckets.map(b => b.quad[q.key])), buckets.map(b => b.goldstein_mean)];
  const options = {
    width: Math.max(320, Math.min(960, box.clientWidth || 960)),
    height: 320,
    tzDate: ts => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: {x: {time: true}, n: {range: (u, min, max) => [0, Math.max(1, max)]}, g: {range: [-10, 10]}},
    axes: [{}, {scale: 'n', label: 'events'}, {scale: 'g', side: 1, label: 'Goldstein mean', grid: {show: false}}],
    series: [
      {label: 'date'},
      ...QUADS.map(q => ({label: q.label, scale: 'n', stroke: q.stroke, width: 2, points: {show: true}})),
      {label: 'Goldstein mean', scale: 'g', stroke: '#495057', dash: [6, 4], width: 2, points: {show: true}},
    ],
  };
  new uPlot(options, data, box);
}

function events(page, box, p) {
  clear(box).append(el('h2', {}, `${page.total} event${page.total === 1 ? '' : 's'}`),
      el('ul', {className: 'events'}, page.events.map(e => el('li', {className: 'event'},
          el('p', {}, eventLine(e)),
          el('p', {className: 'provenance'}, e.sentence, ' · ', el('code', {}, e.rule), ' · ',
              articleLink(e.article, e.article_title))))));
  if (page.events.length < page.total) {
    box.append(el('a', {href: path('/api/events', {...p, limit: 1000})}, 'All events as JSON'));
  }
}

async function main() {
  wireForm(document.getElementById('dyad'), '/dyad.html');
  const p = {source: param('source'), target: param('target'), from: param('from'), to: param('to'),
    mode: param('mode') || 'asserted'};
  const chartBox = document.getElementById('chart');
  const eventBox = document.getElementById('events');
  if (!p.source && !p.target) {
    chartBox.append(el('p', {className: 'meta'}, 'Give a source or a target actor code.'));
    return;
  }
  try {
    const [buckets, page] = await Promise.all([
      api('/api/timeline', {...p, interval: param('interval') || 'month'}),
      api('/api/events', {...p, limit: 100}),
    ]);
    chart(buckets, chartBox);
    events(page, eventBox, p);
  } catch (e) {
    showError(chartBox, e);
  }
}

main();
