import slugify from '@sindresorhus/slugify';
import { getDomain } from 'tldts';

/**
 * Which outlet an article belongs to, from its address: the outlet whose homepage is on the
 * same host (`www.` ignored), else on the same site (`news.example.com` and
 * `www.example.com` are one site; tldts knows `example.co.uk` is one site and `co.uk` is not),
 * preferring the homepage whose path the article's path starts with (`unn.ua/en`).
 */

/** An outlet as ingest needs it: its id (file name) and homepage. */
export interface OutletRecord {
  id: string;
  homepage: string;
  name?: string;
}

const bareHost = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '');
const site = (url: URL) => getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname.toLowerCase();

function parse(address: string): URL | undefined {
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}

/** The outlet an article address belongs to, or `undefined` when none matches. */
export function matchOutlet(address: string, outlets: readonly OutletRecord[]): OutletRecord | undefined {
  const article = parse(address);
  if (!article) return undefined;
  let best: { outlet: OutletRecord; score: number } | undefined;
  for (const outlet of outlets) {
    const home = parse(outlet.homepage);
    if (!home) continue;
    const sameHost = bareHost(home) === bareHost(article);
    if (!sameHost && site(home) !== site(article)) continue;
    const homePath = home.pathname.replace(/\/+$/, '');
    const underPath = homePath === '' || article.pathname === homePath || article.pathname.startsWith(`${homePath}/`);
    // Same host beats same site; within each, a homepage path the article is under beats none.
    const score = (sameHost ? 2000 : 0) + (underPath ? 1000 + homePath.length : 0);
    if (!best || score > best.score || (score === best.score && outlet.id < best.outlet.id)) best = { outlet, score };
  }
  return best?.outlet;
}

/** A new outlet's file: its id and what goes in `content/outlets/<id>.yaml`. */
export interface NewOutlet {
  id: string;
  data: { name: string; homepage: string; language: string; description: string };
}

/**
 * An outlet file for a site not in the content folder yet, from the name the site gives
 * itself (`og:site_name`, JSON-LD publisher, feed title), else its host. It states only
 * what is known: no country, and a description that says it awaits review.
 */
export function newOutletFor(address: string, siteName: string | undefined, language: string, takenIds: ReadonlySet<string>): NewOutlet {
  const url = new URL(address);
  const host = bareHost(url);
  const name = siteName?.trim() || host;
  const base = slugify(name) || slugify(host) || 'outlet';
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return {
    id,
    data: {
      name,
      homepage: `${url.protocol}//${url.host}/`,
      language: language.split('-')[0] ?? language,
      description: `Added by ingest from ${host}; not yet reviewed by an editor.`,
    },
  };
}
