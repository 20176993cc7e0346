// bench/local-overhead.sh: what the local run itself adds to a request. GET /health does no work in the API
// function (no storage, no token), so its latency is the local front, the runtime-API stand-in and the function's
// poll loop. autocannon, after a warm-up, at each concurrency; one markdown row per level.
// Usage: node overhead.mjs [base=http://localhost:8080] [seconds=20] [levels=1,10]
import autocannon from 'autocannon';

const base = process.argv[2] ?? 'http://localhost:8080';
const seconds = Number(process.argv[3] ?? 20);
const levels = (process.argv[4] ?? '1,10').split(',').map(Number);

const health = await fetch(`${base}/health`).catch(() => null);
if (!health?.ok) throw new Error(`${base}/health did not answer 200: is local/run.sh running?`);
await autocannon({ url: `${base}/health`, connections: 1, duration: 5 }); // warm-up, not counted

console.log('| connections | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors (non-2xx, failed) | requests |');
console.log('|---|---|---|---|---|---|---|---|');
for (const connections of levels) {
  const r = await autocannon({ url: `${base}/health`, connections, duration: seconds, timeout: 30 });
  console.log(`| ${connections} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | `
    + `${r.latency.max} | ${r.non2xx}, ${r.errors} | ${r.requests.total} |`);
}
