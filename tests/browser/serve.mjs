// A small static file server for the browser tests: serves a site directory under a
// sub-path (default /portal/) on 127.0.0.1, on a free port, so relative links are tested
// the way a real host with a sub-path serves them.
//
//   node serve.mjs <site dir> [--prefix /portal/] [--port 0]
// prints "BASE_URL=http://127.0.0.1:<port>/portal/" on its first line and serves until it
// gets SIGTERM or SIGINT. Also importable: startServer({root, prefix, port}).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/** Starts the server; resolves to {url, port, close()}. */
export function startServer({ root, prefix = '/portal/', port = 0, log = null } = {}) {
  const base = path.resolve(root);
  if (!prefix.startsWith('/')) prefix = `/${prefix}`;
  if (!prefix.endsWith('/')) prefix = `${prefix}/`;

  const send = (res, status, type, body, head = false, extra = {}) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    res.end(head ? undefined : body);
  };

  const notFound = (res, head) => {
    // Like a real host: the site's own 404 page, with status 404.
    const page = path.join(base, '404.html');
    const body = fs.existsSync(page) ? fs.readFileSync(page) : Buffer.from('404 niet gevonden\n');
    send(res, 404, fs.existsSync(page) ? CONTENT_TYPES['.html'] : CONTENT_TYPES['.txt'], body, head);
  };

  const server = http.createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return send(res, 405, CONTENT_TYPES['.txt'], 'method not allowed\n', false, { Allow: 'GET, HEAD' });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(res, 400, CONTENT_TYPES['.txt'], 'bad request\n');
    }
    if (log) log(`${req.method} ${req.url}`);
    if (`${pathname}/` === prefix) return send(res, 301, CONTENT_TYPES['.txt'], '', head, { Location: prefix });
    if (!pathname.startsWith(prefix) || pathname.includes('\0')) return notFound(res, head);
    const rel = pathname.slice(prefix.length);
    let file = path.resolve(base, `.${path.posix.sep}${rel}`);
    if (file !== base && !file.startsWith(base + path.sep)) return notFound(res, head);
    let st;
    try { st = fs.statSync(file); } catch { return notFound(res, head); }
    if (st.isDirectory()) {
      // Directory URLs work over http as on most hosts (index.html); the crawl test makes
      // sure the site itself never links to a directory (that breaks file://).
      if (!pathname.endsWith('/')) return send(res, 301, CONTENT_TYPES['.txt'], '', head, { Location: `${pathname}/` });
      file = path.join(file, 'index.html');
      try { st = fs.statSync(file); } catch { return notFound(res, head); }
    }
    if (!st.isFile()) return notFound(res, head);
    return send(res, 200, contentType(file), fs.readFileSync(file), head);
  });

  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        url: `http://127.0.0.1:${actual}${prefix}`,
        port: actual,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

// Command line use.
const isMain = () => {
  try { return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url)); } catch { return false; }
};
if (process.argv[1] && isMain()) {
  const args = process.argv.slice(2);
  let root = null;
  let prefix = '/portal/';
  let port = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--prefix') prefix = args[++i];
    else if (args[i] === '--port') port = Number(args[++i]);
    else if (!root) root = args[i];
  }
  if (!root || !fs.existsSync(root)) {
    console.error('usage: node serve.mjs <site dir> [--prefix /portal/] [--port 0]');
    process.exit(2);
  }
  const srv = await startServer({ root, prefix, port, log: process.env.SERVE_LOG ? (l) => console.error(l) : null });
  console.log(`BASE_URL=${srv.url}`);
  const stop = () => srv.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
