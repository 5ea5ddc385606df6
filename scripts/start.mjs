// `npm start`: builds what is out of date, then runs the API, which serves the console.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const builds = [
  { name: 'shared', sources: ['shared/src'], output: 'shared/dist/index.js' },
  { name: 'api', sources: ['api/src', 'shared/src'], output: 'api/dist/main.js' },
  {
    name: 'web',
    sources: ['web/src', 'web/widget', 'web/index.html', 'shared/src'],
    output: 'web/dist-widget/widget.js',
  },
];

for (const build of builds) {
  const output = path.join(root, build.output);
  const sourceTime = Math.max(
    ...build.sources.map((s) => {
      const full = path.join(root, s);
      return existsSync(full) && statSync(full).isFile() ? statSync(full).mtimeMs : newest(full);
    }),
  );
  if (existsSync(output) && statSync(output).mtimeMs >= sourceTime) continue;
  process.stdout.write(`Building ${build.name}…\n`);
  const result = spawnSync('npm', ['run', 'build', '-w', build.name], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const child = spawn(process.execPath, [path.join(root, 'api/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
