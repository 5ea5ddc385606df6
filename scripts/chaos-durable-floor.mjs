// The least a durable webhook intake can do, as a yardstick for `npm run chaos`: read the body, add it to
// the next group commit (one INSERT of raw bytes into a one-column table, one commit at a time) and answer
// 200 once that commit is durable. No signature, no parsing, no events: what the app's intake adds to this
// is its own cost; what this costs next to a bare HTTP 200 is the price of PostgreSQL on the same machine.
// Environment: PORT, DATABASE_URL.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
pool.on('error', () => undefined);
let pending = [];
let flushing = false;

async function flush() {
  if (flushing || pending.length === 0) return;
  const batch = pending;
  pending = [];
  flushing = true;
  let status = 200;
  try {
    await pool.query({
      name: 'floor_store',
      text: 'INSERT INTO chaos_durable_floor (body) SELECT * FROM unnest($1::bytea[])',
      values: [batch.map((delivery) => delivery.body)],
    });
  } catch {
    status = 503;
  }
  for (const delivery of batch) delivery.answer(status);
  flushing = false;
  setImmediate(flush);
}

pool
  .query('CREATE TABLE IF NOT EXISTS chaos_durable_floor (id bigserial PRIMARY KEY, body bytea NOT NULL)')
  .then(() => {
    http
      .createServer((request, response) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
          pending.push({
            body: Buffer.concat(chunks),
            answer(status) {
              response.writeHead(status, { 'content-type': 'text/plain' });
              response.end('EVENT_RECEIVED');
            },
          });
          setImmediate(flush);
        });
      })
      .listen(Number(process.env.PORT), '127.0.0.1');
  });
