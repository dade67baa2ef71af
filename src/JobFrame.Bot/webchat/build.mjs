// Builds the page into the output folder the host serves (and embeds): the Web Chat bundle, the page and its style.
// Usage: node build.mjs [outputFolder]   (default: dist)
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.resolve(here, process.argv[2] ?? 'dist');

await mkdir(output, { recursive: true });
await build({
  entryPoints: [path.join(here, 'src', 'index.js')],
  outfile: path.join(output, 'webchat.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  legalComments: 'none',
  logLevel: 'warning',
});
for (const file of ['index.html', 'page.css']) {
  await copyFile(path.join(here, 'src', file), path.join(output, file));
}
