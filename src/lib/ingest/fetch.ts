import robotsParser from 'robots-parser';

/**
 * Fetching pages and feeds politely: Node's fetch (undici) with a descriptive User-Agent,
 * a time limit per request, a size limit, at most a few redirects (each hop checked
 * against its site's robots.txt), one request at a time per host, and the site's
 * `Crawl-delay` honoured between requests.
 */

/** Limits and identity of the fetcher. */
export interface FetchSettings {
  /** Sent with every request, e.g. `CrosscheckIngest/0.1 (+https://example.org/about/)`. */
  userAgent: string;
  /** The product token robots.txt groups are matched against, e.g. `CrosscheckIngest`. */
  robotsAgent: string;
  /** Whole request, body included. */
  timeoutMs: number;
  /** Larger bodies are refused: no news page or feed needs more. */
  maxBytes: number;
  maxRedirects: number;
}

/** Defaults an operator would pick: a page is a few hundred kilobytes, a feed a few megabytes at most. */
export const DEFAULT_FETCH_LIMITS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;

/** A fetched resource: where it ended up, its bytes and its media type. */
export interface FetchedResource {
  url: string;
  bytes: Uint8Array;
  contentType: string | undefined;
}

/** A fetch that failed for a reason the operator can act on (the message says which). */
export class FetchError extends Error {}

/** Longest Crawl-delay honoured; a site asking for more is waited on for this long. */
const MAX_CRAWL_DELAY_MS = 30_000;

type Robots = ReturnType<typeof robotsParser>;

/** Fetches with the settings above; one instance per run shares robots.txt and host queues. */
export class Fetcher {
  private readonly settings: FetchSettings;
  private readonly robots = new Map<string, Promise<Robots | 'unreachable'>>();
  private readonly hostQueues = new Map<string, Promise<unknown>>();
  private readonly lastRequest = new Map<string, number>();

  constructor(settings: FetchSettings) {
    this.settings = settings;
  }

  /** GET a URL, following redirects; throws FetchError with a readable message. */
  async get(address: string): Promise<FetchedResource> {
    let url = new URL(address);
    for (let hop = 0; hop <= this.settings.maxRedirects; hop++) {
      await this.checkRobots(url);
      const response = await this.request(url);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        url = new URL(location, url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`redirected to ${url.href}, which is not http(s)`);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(`HTTP ${response.status} from ${url.href}`);
      }
      return { url: url.href, bytes: await this.readBody(response, url), contentType: response.headers.get('content-type') ?? undefined };
    }
    throw new FetchError(`more than ${this.settings.maxRedirects} redirects from ${address}`);
  }

  /** One request at a time per host, spaced by the site's Crawl-delay. */
  private request(url: URL, signal = AbortSignal.timeout(this.settings.timeoutMs)): Promise<Response> {
    const previous = this.hostQueues.get(url.host) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const delay = await this.crawlDelayMs(url);
        const wait = (this.lastRequest.get(url.host) ?? 0) + delay - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.lastRequest.set(url.host, Date.now());
        try {
          return await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': this.settings.userAgent, accept: '*/*' } });
        } catch (error) {
          throw new FetchError(this.describe(error, url));
        }
      });
    this.hostQueues.set(url.host, next);
    return next;
  }

  private describe(error: unknown, url: URL): string {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return `no complete answer from ${url.host} within ${this.settings.timeoutMs / 1000} s`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return `could not fetch ${url.href}: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
  }

  /** The body, refused as soon as it passes the size limit (declared or actual). */
  private async readBody(response: Response, url: URL): Promise<Uint8Array> {
    const limit = this.settings.maxBytes;
    const tooLarge = () => new FetchError(`${url.href} is larger than the ${Math.round(limit / 1024)} KiB limit`);
    if (Number(response.headers.get('content-length') ?? 0) > limit) {
      await response.body?.cancel();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > limit) throw tooLarge();
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw new FetchError(this.describe(error, url));
    }
    return Buffer.concat(chunks);
  }

  /**
   * robots.txt of the URL's origin, fetched once per run. As RFC 9309 says: a missing one
   * (4xx) allows everything; an unreachable one (5xx, no answer) allows nothing.
   */
  private loadRobots(url: URL): Promise<Robots | 'unreachable'> {
    const robotsUrl = new URL('/robots.txt', url.origin).href;
    let loaded = this.robots.get(url.origin);
    if (!loaded) {
      loaded = (async () => {
        let target = new URL(robotsUrl);
        for (let hop = 0; hop <= this.settings.maxRedirects; hop++) {
          let response: Response;
          try {
            response = await this.request(target);
          } catch {
            return 'unreachable' as const;
          }
          const location = response.headers.get('location');
          if (response.status >= 300 && response.status < 400 && location) {
            await response.body?.cancel();
            target = new URL(location, target);
            continue;
          }
          if (response.status >= 400 && response.status < 500) {
            await response.body?.cancel();
            return robotsParser(robotsUrl, '');
          }
          if (!response.ok) {
            await response.body?.cancel();
            return 'unreachable' as const;
          }
          try {
            return robotsParser(robotsUrl, new TextDecoder().decode(await this.readBody(response, target)));
          } catch {
            return 'unreachable' as const;
          }
        }
        return 'unreachable' as const;
      })();
      this.robots.set(url.origin, loaded);
    }
    return loaded;
  }

  private async checkRobots(url: URL): Promise<void> {
    const robots = await this.loadRobots(url);
    if (robots === 'unreachable')
      throw new FetchError(`${url.origin}/robots.txt could not be fetched, so the site is treated as off limits (RFC 9309)`);
    if (robots.isAllowed(url.href, this.settings.robotsAgent) === false)
      throw new FetchError(`${url.origin}/robots.txt does not allow fetching ${url.pathname}`);
  }

  private async crawlDelayMs(url: URL): Promise<number> {
    // robots.txt itself is fetched before its delay is known.
    if (url.pathname === '/robots.txt') return 0;
    const robots = await this.robots.get(url.origin);
    const seconds = robots && robots !== 'unreachable' ? robots.getCrawlDelay(this.settings.robotsAgent) : undefined;
    return Math.min((seconds ?? 0) * 1000, MAX_CRAWL_DELAY_MS);
  }
}
