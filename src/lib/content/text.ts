/**
 * Unicode bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
 * In a name or headline they can make text display in another order than it is
 * stored ("Talks\u202Egnp.exe" reads as "Talksexe.png"), a classic spoofing trick;
 * news metadata never needs them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Metadata text with bidirectional controls removed. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
