// Writes a runnable nginx configuration from the reference deployment's template (deploy/nginx) into a work folder:
// used by `npm run test:topology` and by `npm run bench:search -- --nginx-port`.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Replaces each ${NAME} in a file under the project root. */
export function renderTemplate(template: string, vars: Record<string, string>): string {
  return readFileSync(path.join(root, template), "utf8").replace(/\$\{([A-Z_]+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** The path of nginx.conf for `nginx -c <it> -p <work>` (foreground, logs and cache inside `work`). */
export function writeNginxConfig(opts: { work: string; appPorts: number[]; listenPort: number; ratePerSecond: number }): string {
  const { work } = opts;
  const cacheDir = path.join(work, "nginx-cache");
  mkdirSync(cacheDir, { recursive: true });
  for (const d of ["client_body", "proxy"]) mkdirSync(path.join(work, `nginx-${d}`), { recursive: true });
  chmodSync(cacheDir, 0o777); // nginx's workers run as an unprivileged user when started as root
  const site = renderTemplate("deploy/nginx/ir-finder.conf.template", {
    APP_SERVERS: opts.appPorts.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n    "),
    CACHE_DIR: cacheDir,
    LISTEN: `127.0.0.1:${opts.listenPort}`,
    RATE_PER_SECOND: String(opts.ratePerSecond),
    RATE_BURST: String(opts.ratePerSecond),
  });
  writeFileSync(path.join(work, "ir-finder.conf"), site);
  const conf = path.join(work, "nginx.conf");
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log ${work}/nginx-access.log;
  client_body_temp_path ${work}/nginx-client_body;
  proxy_temp_path ${work}/nginx-proxy;
  include ${work}/ir-finder.conf;
}
`,
  );
  return conf;
}
