/**
 * One article, one address: the key two URLs share when they name the same
 * article. Built on the WHATWG URL parser (what browsers use), which already
 * lower-cases the scheme and host, drops default ports, resolves `.`/`..`,
 * turns an internationalised host into punycode and percent-encodes the rest.
 */

/**
 * Query parameters that track the click, not the page. From the generic rules
 * of ClearURLs (https://gitlab.com/ClearURLs/rules, "globalRules") and
 * Firefox's query stripping list: campaign tags and click ids.
 */
const TRACKING_PARAMETERS = [
  /^utm_/,
  /^(fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|igsh)$/,
  /^(mc_cid|mc_eid|mkt_tok|_hsenc|_hsmi|__hssc|__hstc|__hsfp|hsctatracking|oly_anon_id|oly_enc_id|vero_id|vero_conv)$/,
  /^(_ga|_gl|ga_source|ga_medium|ga_campaign|ga_content|ga_term)$/,
];

const isTracking = (name: string) => TRACKING_PARAMETERS.some((pattern) => pattern.test(name.toLowerCase()));

/**
 * The comparison key of an http(s) article URL, or `undefined` when the value
 * is not one. Two URLs with the same key are the same article:
 * - scheme, host and percent-escapes compared case-insensitively, `http` and
 *   `https` alike, `www.` ignored, default ports dropped;
 * - the fragment (`#comments`) and tracking parameters (`utm_*`, `fbclid`, …)
 *   ignored, the other parameters compared in any order;
 * - a trailing slash ignored (`/news/x/` is `/news/x`).
 */
export function articleUrlKey(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.protocol = 'https:';
  url.port = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.replace(/^www\./, '').replace(/\.$/, '');
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}
