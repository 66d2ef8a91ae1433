/** html-encoding-sniffer ships no types; this is the part of its API we use (v7 README). */
declare module 'html-encoding-sniffer' {
  /** Options of the WHATWG encoding-sniffing algorithm (or WebKit's, for XML). */
  interface SnifferOptions {
    /** Sniff as XML (declaration) instead of HTML (`<meta>` prescan). */
    xml?: boolean;
    /** The charset from the transport layer, e.g. the HTTP Content-Type header. */
    transportLayerEncodingLabel?: string;
    /** Returned when nothing declares an encoding; `null` tells that case apart. */
    defaultEncoding?: string | null;
  }
  /** The canonical WHATWG encoding name the bytes declare, or the default. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SnifferOptions): string | null;
}
