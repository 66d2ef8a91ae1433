/**
 * Article addresses as stored and as compared. Outlets hand out one article under many
 * addresses: with campaign parameters, with a `#comments` fragment, as an AMP copy. The
 * stored address is the canonical page; the comparison key also ignores differences that
 * never name another page (scheme, `www.`, a trailing slash, parameter order).
 */

/**
 * Query parameters that only track where a reader came from. Sources: the parameters
 * stripped by Firefox's query-stripping list and the ClearURLs "globalRules" provider,
 * limited to those seen on news sites; `utm_*` covers every Google Analytics campaign field.
 */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'twclid',
  'ttclid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  'wt_mc',
  'wt_zmc',
  'wt.mc_id',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'ocid',
  'cmpid',
  'ncid',
  'ito',
  'ref_src',
  'ref_url',
  'src_trk',
  'smid',
  'sr_share',
  'xtor',
  'guce_referrer',
  'guce_referrer_sig',
  'guccounter',
  'soc_src',
  'soc_trk',
  'spm',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'cid_source',
]);

/** Prefixes of tracking parameter families (`utm_source`, `utm_medium`, `pk_campaign`, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'itm_', 'at_'];

/** Query parameters that only ask for the AMP rendering of a page. */
const AMP_PARAMETERS = new Set(['amp', 'outputtype', '_amp']);

/** True for a query parameter that tracks the reader rather than naming the page. */
export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The address of the page an AMP address stands for, or the address unchanged. Handles
 * Google's AMP cache (`www-example-com.cdn.ampproject.org/c/s/www.example.com/a`), an
 * `amp.` host, an `/amp` segment at the start or end of the path, `.amp` or `.amp.html`
 * file names and `?amp=1`/`?outputType=amp`. The page's own `<link rel="canonical">`
 * is better evidence and wins when the page is at hand; this is for addresses alone.
 */
export function canonicalForAmp(address: URL): URL {
  let url = new URL(address.href);
  const cache = /^\/[cv]\/(?:s\/)?(.+)$/.exec(url.pathname);
  if (url.hostname.endsWith('.cdn.ampproject.org') && cache) {
    const secure = url.pathname.startsWith('/c/s/') || url.pathname.startsWith('/v/s/');
    url = new URL(`${secure ? 'https' : 'http'}://${cache[1]}${url.search}`);
  }
  if (url.hostname.startsWith('amp.')) url.hostname = url.hostname.slice(4);
  url.pathname = url.pathname
    .replace(/^\/amp(?=\/)/, '')
    .replace(/\/amp\/?$/, '/')
    .replace(/\.amp(\.html?)?$/, '$1');
  for (const name of [...url.searchParams.keys()]) {
    if (AMP_PARAMETERS.has(name.toLowerCase())) url.searchParams.delete(name);
  }
  return url;
}

/**
 * The address to store for an article: absolute http(s), no tracking parameters, no
 * fragment, not an AMP copy, host in lower case, default port dropped (the WHATWG URL
 * parser does the last two). Returns `undefined` for anything that is not an http(s) URL.
 */
export function normalizeArticleUrl(input: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url = canonicalForAmp(url);
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParameter(name)) url.searchParams.delete(name);
  }
  // An emptied query leaves a bare "?" behind otherwise.
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}

/**
 * The comparison key of an http(s) article URL, or `undefined` when the value is not one. Two
 * URLs with the same key are the same article, for the build's duplicate check and for ingest:
 * - the stored form first (`normalizeArticleUrl`: no tracking parameters, no fragment, not an
 *   AMP copy), then scheme (`http` and `https` alike), `www.` and a trailing slash ignored;
 * - the other parameters compared in any order, percent-escapes case-insensitively.
 * Only for comparing, never stored.
 */
export function articleUrlKey(input: string): string | undefined {
  const normalized = normalizeArticleUrl(input);
  if (!normalized) return undefined;
  const url = new URL(normalized);
  url.searchParams.sort();
  url.username = '';
  url.password = '';
  const host = url.host.replace(/^www\./, '').replace(/\.$/, '');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `https://${host}${path}${url.search}`.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}
