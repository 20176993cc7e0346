// bench/drain.sh: how long the matching takes to settle after N items are published through the API, and what it
// writes. Items come from the graded set's real texts (achievements from results.jsonl, challenges from
// challenges.jsonl, 7 to 3), cycled with a batch number in the title when N exceeds them. Every item is created and
// submitted first, and the stream is let settle; then all N are published, one request after another, and the
// clock runs from the first publish until the matching function has taken every change (/_local/matching/settled).
// The table's writes in that time come from /_local/writes, by record type.
// Usage: node drain.mjs [base=http://localhost:8080] [N=100] [eval-dir=../../../shared/eval/matching]
import { readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const n = Number(process.argv[3] ?? 100);
const evalDir = process.argv[4] ?? new URL('../../../shared/eval/matching', import.meta.url).pathname;

async function token(query) {
  const response = await fetch(`${base}/_local/tokens?${query}`);
  if (!response.ok) throw new Error(`/_local/tokens answered ${response.status}: is local/run.sh running?`);
  return (await response.json()).token;
}
const run = Date.now().toString(36);
const university = await token(`role=UNIVERSITY&org=drain-uni-${run}&region=440300`);
const enterprise = await token(`role=ENTERPRISE&org=drain-ent-${run}&region=440300`);
const science = await token('role=MINISTRY&org=most&domain=SCIENCE');
const industry = await token('role=MINISTRY&org=miit&domain=INDUSTRY');

async function call(method, path, bearer, body) {
  const response = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${bearer}`,
    ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}
const lines = (file) => readFileSync(`${evalDir}/${file}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const results = lines('results.jsonl');
const challenges = lines('challenges.jsonl');
const contact = { name: '测试', mobile: '13812345678' };
const cut = (text, max) => (text ?? '').slice(0, max);

const items = [];
for (let i = 0; i < n; i++) {
  if (i % 10 < 7) {
    const k = Math.floor(i / 10) * 7 + (i % 10);
    const r = results[k % results.length];
    const round = Math.floor(k / results.length);
    items.push({ list: 'achievements', owner: university, publisher: science, body: {
      title: cut(r.title + (round ? `（第${round + 1}批）` : ''), 200), summary: cut(r.description || r.title, 5000),
      technologyField: cut(r.field || '其他', 50), trl: 6, cooperationModes: ['LICENSE'], universityName: '测试大学',
      regionCode: '440305', contact } });
  } else {
    const k = Math.floor(i / 10) * 3 + (i % 10) - 7;
    const c = challenges[k % challenges.length];
    const round = Math.floor(k / challenges.length);
    items.push({ list: 'challenges', owner: enterprise, publisher: industry, body: {
      title: cut(c.title + (round ? `（第${round + 1}批）` : ''), 200), problem: cut(c.description || c.title, 5000),
      indicators: '见需求描述', deadline: '2027-12-31', ipOwnership: '双方协商', budgetYuan: 1000000,
      enterpriseName: '测试企业', enterpriseUscc: '91440300MA5F00001A', industryCode: 'C38',
      technologyField: cut(c.field || '其他', 50), regionCode: '440305', contact } });
  }
}

// a minute a request (fetch gives up on an answer after five), for up to two hours
const settled = async () => {
  for (let minute = 0; minute < 120; minute++) {
    if ((await (await fetch(`${base}/_local/matching/settled?timeout=60`)).json()).settled) return true;
  }
  return false;
};
for (const item of items) {
  item.id = (await call('POST', `/${item.list}`, item.owner, item.body)).id;
  await call('POST', `/${item.list}/${item.id}/submit`, item.owner);
}
if (!await settled()) throw new Error('the stream did not settle after the drafts');
await fetch(`${base}/_local/writes?reset=true`);

const started = performance.now();
for (const item of items) {
  await call('POST', `/${item.list}/${item.id}/publish`, item.publisher);
}
const published = performance.now();
if (!await settled()) throw new Error('the stream did not settle within two hours');
const done = performance.now();
const writes = await (await fetch(`${base}/_local/writes?reset=true`)).json();

let withList = 0;
let longest = 0;
for (const item of items) {
  const matches = (await call('GET', `/${item.list}/${item.id}/matches?limit=50`, item.owner)).matches;
  withList += matches.length > 0 ? 1 : 0;
  longest = Math.max(longest, matches.length);
}
const matchUnits = (writes.MATCH?.units ?? 0) + (writes.MATCHED?.units ?? 0); // the lists' rows and the "matched" marks
const allUnits = Object.values(writes).reduce((sum, t) => sum + t.units, 0);
console.log(`| N | publishing (API) | settled after the first publish | items with a list | longest list | write units per published item: all / matching's |`);
console.log('|---|---|---|---|---|---|');
console.log(`| ${n} | ${((published - started) / 1000).toFixed(1)} s | **${((done - started) / 1000).toFixed(1)} s** | ${withList} | ${longest} | `
  + `${(allUnits / n).toFixed(1)} / ${(matchUnits / n).toFixed(1)} |`);
console.log('writes by record type:', JSON.stringify(writes));
