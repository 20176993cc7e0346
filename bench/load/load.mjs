// bench/load.sh: drives the local run with autocannon on a mix of reads and writes, 60 s at each concurrency, and
// prints one markdown row per level: throughput, latency p50/p99, errors, and the API function's own share
// (the front's integration latency, as API Gateway's access log would report it).
// Usage: node load.mjs [base=http://localhost:8080] [seconds=60] [levels=1,4,16]
import autocannon from 'autocannon';

const base = process.argv[2] ?? 'http://localhost:8080';
const seconds = Number(process.argv[3] ?? 60);
const levels = (process.argv[4] ?? '1,4,16').split(',').map(Number);

async function token(query) {
  const response = await fetch(`${base}/_local/tokens?${query}`);
  if (!response.ok) throw new Error(`/_local/tokens answered ${response.status}: is local/run.sh running?`);
  return (await response.json()).token;
}

const achievement = (title) => JSON.stringify({
  title, summary: '从退役动力电池中回收锂、钴、镍的湿法冶金工艺，回收率95%以上', technologyField: '新能源',
  keywords: ['锂电', '回收'], trl: 6, cooperationModes: ['LICENSE'], universityName: '深圳大学', regionCode: '440305',
  contact: { name: '张老师', mobile: '13812345678' },
});

const university = await token('role=UNIVERSITY&org=load-uni&region=440300');
const auth = { authorization: `Bearer ${university}`, 'content-type': 'application/json' };

// a few records to read
const ids = [];
for (let i = 0; i < 20; i++) {
  const response = await fetch(`${base}/achievements`, { method: 'POST', headers: auth, body: achievement(`负载测试成果 ${i}`) });
  if (response.status !== 201) throw new Error(`seeding answered ${response.status}: ${await response.text()}`);
  ids.push((await response.json()).id);
}
let written = 0;
const pick = () => ids[Math.floor(Math.random() * ids.length)];
const read = (path) => ({ method: 'GET', path, headers: auth });
const write = () => ({ method: 'POST', path: '/achievements', headers: auth,
  setupRequest: (request) => ({ ...request, body: achievement(`负载写入 ${process.pid}-${written++}`) }) });
// 8 reads, 2 writes in every 10 requests of a connection
const mix = () => [read('/achievements?regionCode=440300&limit=20'), { ...read('/'), setupRequest: (r) => ({ ...r, path: `/achievements/${pick()}` }) },
  write(), { ...read('/'), setupRequest: (r) => ({ ...r, path: `/achievements/${pick()}` }) }, read('/typical-cases'),
  read('/achievements?mine=true&limit=10'), { ...read('/'), setupRequest: (r) => ({ ...r, path: `/achievements/${pick()}` }) },
  write(), read('/reminders'), read('/health')];

console.log('| connections | requests/s | p50 ms | p99 ms | errors (non-2xx, failed or timed out) | requests | function p50 ms | function p99 ms |');
console.log('|---|---|---|---|---|---|---|---|');
for (const connections of levels) {
  await fetch(`${base}/_local/integration-latency`); // start the function's figures afresh
  const result = await autocannon({ url: base, connections, duration: seconds, requests: mix(), timeout: 30 });
  const fn = await (await fetch(`${base}/_local/integration-latency`)).json();
  console.log(`| ${connections} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | `
    + `${result.non2xx}, ${result.errors} | ${result.requests.total} | ${fn.p50Ms ?? '-'} | ${fn.p99Ms ?? '-'} |`);
}
