/**
 * Readers of the three host configs the build writes, each applying its host's
 * own matching rules, so tests can ask "what headers would this host send for
 * this path?" and serve dist/ with them.
 */

type Headers = Record<string, string>;

/** Netlify / Cloudflare Pages `_headers`: every matching rule applies; `*` matches anything. */
export function netlifyHeadersFor(config: string, path: string): Headers {
  const result: Headers = {};
  let current: Headers | undefined;
  for (const line of config.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      current = pattern.test(path) ? result : undefined;
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (current && match?.[1] && match[2] !== undefined) {
      const name = match[1].trim();
      current[name] = current[name] ? `${current[name]}, ${match[2]}` : match[2];
    }
  }
  return result;
}

/** `vercel.json`: every matching `source` applies in order; a later value replaces an earlier one. */
export function vercelHeadersFor(config: string, path: string): Headers {
  const { headers } = JSON.parse(config) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
  const result: Headers = {};
  for (const rule of headers) {
    if (!new RegExp(`^${rule.source}$`).test(path)) continue;
    for (const { key, value } of rule.headers) result[key] = value;
  }
  return result;
}

/**
 * nginx: an exact `location =` wins, else the longest matching prefix; a location
 * with its own add_header replaces the server's, one without inherits them.
 */
export function nginxHeadersFor(config: string, path: string): Headers {
  const server: Headers = {};
  const locations: { exact: boolean; path: string; headers: Headers }[] = [];
  let current: Headers = server;
  for (const line of config.split('\n')) {
    const location = /^\s*location\s+(=|\^~)?\s*(\S+)\s*\{/.exec(line);
    if (location?.[2]) {
      const entry = { exact: location[1] === '=', path: location[2], headers: {} as Headers };
      locations.push(entry);
      current = entry.headers;
      continue;
    }
    if (/^\s*}\s*$/.test(line)) {
      current = server;
      continue;
    }
    const header = /^\s*add_header\s+(\S+)\s+"((?:[^"\\]|\\.)*)"\s+always;/.exec(line);
    if (header?.[1] && header[2] !== undefined) current[header[1]] = header[2].replace(/\\"/g, '"');
    else if (/^\s*add_header\b/.test(line)) throw new Error(`nginx.conf: add_header without "always": ${line.trim()}`);
  }
  const exact = locations.find((l) => l.exact && l.path === path);
  const prefix = locations.filter((l) => !l.exact && path.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const chosen = exact ?? prefix;
  return chosen && Object.keys(chosen.headers).length > 0 ? chosen.headers : server;
}
