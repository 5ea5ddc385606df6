// `npm run simulate`: sends a realistic, signed stream of Dutch webcare messages to a running instance,
// over Messenger, Facebook Page comments, Instagram DMs and comments, and WhatsApp, so the queue fills.
//   npm run simulate -- [--url http://localhost:3000] [--count 30] [--interval 1500]
// Secrets: META_APP_SECRET / WHATSAPP_APP_SECRET from the environment, else the demo ones.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const built = path.join(root, 'api/dist/demo/demo-traffic.js');
if (!existsSync(built)) {
  process.stderr.write('Build first: npm run build (or start the app once with npm start)\n');
  process.exit(1);
}
const { buildDelivery } = require(built);
const { DEMO_MESSAGES } = require(path.join(root, 'api/dist/demo/demo-messages.js'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const url = option('url', process.env.WEBCARE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(
  /\/$/,
  '',
);
const count = Number(option('count', '30'));
const interval = Number(option('interval', '1500'));
const metaSecret = process.env.META_APP_SECRET ?? 'demo-meta-secret';
const whatsappSecret = process.env.WHATSAPP_APP_SECRET ?? metaSecret;
if (!Number.isInteger(count) || count < 1 || !Number.isFinite(interval) || interval < 0) {
  process.stderr.write('--count must be a whole number ≥ 1 and --interval a number of milliseconds ≥ 0\n');
  process.exit(1);
}

// Variations so repeated runs read like new people writing, not the same lines again.
const NAMES = [
  'Sanne de Vries',
  'Mohamed Yilmaz',
  'Els Peeters',
  'Joost Hendriks',
  'Anja Meijer',
  'Wim Claes',
  'Priya Ramdin',
  'Kees Boer',
];

const health = await fetch(`${url}/health`).catch(() => null);
if (!health?.ok) {
  process.stderr.write(`No Webcare Inbox answers at ${url} (start it with npm start, or pass --url)\n`);
  process.exit(1);
}
process.stdout.write(`Sending ${count} messages to ${url} …\n`);
let ok = 0;
for (let i = 0; i < count; i++) {
  const base = DEMO_MESSAGES[i % DEMO_MESSAGES.length];
  const message = { ...base, name: i < DEMO_MESSAGES.length ? base.name : NAMES[i % NAMES.length] };
  const delivery = buildDelivery(
    message,
    new Date(),
    message.channel === 'whatsapp' ? whatsappSecret : metaSecret,
  );
  const response = await fetch(`${url}${delivery.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': delivery.signature },
    body: delivery.body,
  });
  if (response.ok) ok++;
  process.stdout.write(`${String(i + 1).padStart(3)}  ${message.channel.padEnd(18)} ${response.status}\n`);
  if (i < count - 1) await new Promise((r) => setTimeout(r, interval));
}
process.stdout.write(`Done: ${ok} of ${count} accepted.\n`);
process.exit(ok === count ? 0 : 1);
