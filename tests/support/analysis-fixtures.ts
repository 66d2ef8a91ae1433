/**
 * Hand-written articles for the unit tests: five events of one week in March 2025.
 * - dock strike in Rotterdam: two independent reports, two retellings of Reuters;
 * - rate cut in New Zealand: two independent reports;
 * - attack on Ukraine's power grid and a prisoner swap agreed in Geneva: two unrelated
 *   stories of the same days that share names (Zelensky, Ukraine, Russia, Kyiv);
 * - wildfire near Marseille: an original and a near-copy without attribution.
 */
import type { ArticleInput } from '../../src/lib/article-input.ts';
import { articleText } from './text.ts';

/** A fixture article: the analysis's input, and the Markdown its text was built from. */
export interface FixtureArticle extends ArticleInput {
  body: string;
}

const OUTLETS: Record<string, string> = {
  'harbor-gazette': 'Harbor Gazette',
  'lowlands-wire': 'Lowlands Wire',
  'delta-post': 'Delta Post',
  'cargo-today': 'Cargo Today',
  'finance-desk': 'Finance Desk',
  'metro-ledger': 'Metro Ledger',
  'kyiv-courier': 'Kyiv Courier',
  'eastern-dispatch': 'Eastern Dispatch',
  'riviera-info': 'Riviera Info',
  'sud-bulletin': 'Sud Bulletin',
};

/** Builds an ArticleInput with defaults for the fields a test does not care about. */
export function article(
  id: string,
  outlet: string,
  published: string,
  headline: string,
  body: string,
  extra: Partial<ArticleInput> = {},
): FixtureArticle {
  return withBody(
    {
      id,
      headline,
      outlet,
      outletName: OUTLETS[outlet] ?? outlet,
      published,
      publishedInferred: false,
      url: `https://${outlet}.example/${id}`,
      ...extra,
    },
    body,
  );
}

/** The article with another body (and the text built from it). */
export function withBody<T extends Omit<ArticleInput, 'text'>>(input: T, body: string): T & FixtureArticle {
  return { ...input, body: body.trim(), text: articleText(body) };
}

export const strikeGazette = article(
  'strike-gazette',
  'harbor-gazette',
  '2025-03-03',
  'Rotterdam dockworkers strike over pay and automated cranes',
  `
Dockworkers at the Port of Rotterdam walked off the job on Monday, halting container traffic at Europe's busiest harbor. The FNV union said about 4,000 members joined the 48-hour strike over pay and the automation of cranes at the Maasvlakte terminals.

Port director Boudewijn Siemons called the walkout “deeply regrettable” and said talks with the union would resume on Wednesday. Shipping lines Maersk and MSC diverted several vessels to Antwerp.

## What the union wants

The union is demanding a 7.5% pay rise and guarantees that no jobs will be cut when the new automated cranes go into service next year.
`,
);

export const strikeWire = article(
  'strike-wire',
  'lowlands-wire',
  '2025-03-04',
  'Strike halts container handling in Rotterdam',
  `
A 48-hour strike by some 4,000 dockworkers brought container handling at Rotterdam to a standstill, the FNV union said on Tuesday. Maersk and MSC have sent several ships to Antwerp instead.

The dispute centers on wages and on automated cranes at the Maasvlakte terminals. FNV wants a 7.5% raise and job guarantees once the automated cranes start operating.

Boudewijn Siemons, the port's director, said the strike was deeply regrettable. Negotiations are set to resume on Wednesday.

Retailers warned that shelves could empty within weeks if the dispute drags on.
`,
);

export const strikeDelta = article(
  'strike-delta',
  'delta-post',
  '2025-03-04',
  'Ships queue off Rotterdam as dock strike enters second day',
  `
More than 30 container ships are waiting off the coast of Rotterdam as a dockworkers' strike enters its second day, Reuters reports, citing port officials.

The strike, called by the FNV union over pay and automation, has stopped almost all container handling at the port, the agency writes. The queue is the longest since the pandemic.

Port officials said that clearing the backlog could take a week.
`,
);

export const strikeCargo = article(
  'strike-cargo',
  'cargo-today',
  '2025-03-05',
  'Over 30 vessels wait outside Rotterdam port',
  `
According to Reuters, over 30 container vessels are anchored outside Rotterdam, waiting for the dockworkers' strike to end.

The FNV union called the 48-hour walkout over wages and the automation of cranes. Port officials expect the backlog to take a week to clear.
`,
);

export const rateFinance = article(
  'rate-finance',
  'finance-desk',
  '2025-03-05',
  'New Zealand central bank cuts rate to 3.75%',
  `
The Reserve Bank of New Zealand cut its official cash rate by half a percentage point to 3.75% on Wednesday, its third cut in a row. Governor Adrian Orr said inflation had returned to the bank's target band of 1% to 3%.

The New Zealand dollar fell 0.8% against the US dollar after the announcement. Economists at ASB Bank expect another cut in May.
`,
);

export const rateLedger = article(
  'rate-ledger',
  'metro-ledger',
  '2025-03-06',
  'RBNZ lowers cash rate, kiwi slides',
  `
New Zealand's central bank lowered its cash rate to 3.75% from 4.25% on Wednesday, as Governor Adrian Orr pointed to inflation back inside the 1% to 3% target range.

The kiwi dropped 0.8% against the greenback. Mortgage lenders ANZ and Westpac said they would pass the cut on to borrowers.
`,
);

export const gridCourier = article(
  'grid-courier',
  'kyiv-courier',
  '2025-03-06',
  "Russian drones and missiles hit Ukraine's power plants",
  `
Russia launched more than 90 drones and 12 missiles at Ukraine overnight, damaging power plants in the Kyiv and Kharkiv regions, Ukraine's air force said on Thursday. Energy Minister Svitlana Hrynchuk said rolling blackouts would be imposed in Kyiv for at least two days.

President Volodymyr Zelensky urged allies to speed up deliveries of Patriot air defense systems. Ukrenergo, the national grid operator, said repair crews were working around the clock.
`,
);

export const gridDispatch = article(
  'grid-dispatch',
  'eastern-dispatch',
  '2025-03-06',
  'Blackouts in Kyiv after overnight attack on energy grid',
  `
Ukrainian air defenses shot down 74 of the more than 90 drones Russia fired overnight, but missiles hit power plants near Kyiv and Kharkiv, the air force said. Kyiv residents face rolling blackouts for at least two days, Energy Minister Svitlana Hrynchuk said.

Zelensky again asked Western partners for more Patriot systems. Ukrenergo crews are repairing the damaged substations.
`,
);

export const swapCourier = article(
  'swap-courier',
  'kyiv-courier',
  '2025-03-06',
  'Ukraine and Russia agree in Geneva to swap 500 prisoners',
  `
Ukrainian and Russian negotiators agreed in Geneva on Thursday to exchange 500 prisoners of war, the largest swap since the start of the full-scale invasion. The talks were mediated by the International Committee of the Red Cross.

Zelensky said the first 150 Ukrainian soldiers would return home next week. Kremlin spokesman Dmitry Peskov confirmed the agreement but gave no date.
`,
);

export const swapLedger = article(
  'swap-ledger',
  'metro-ledger',
  '2025-03-07',
  'Russia, Ukraine to exchange 500 POWs',
  `
Russia and Ukraine will swap 500 prisoners of war under a deal struck in Geneva with help from the Red Cross, officials from both sides said.

The first 150 Ukrainian soldiers are to come home next week, according to President Volodymyr Zelensky. Dmitry Peskov, the Kremlin's spokesman, confirmed the deal without naming a date.
`,
);

export const fireOriginal = article(
  'fire-original',
  'riviera-info',
  '2025-03-04',
  'Wildfire north of Marseille burns 1,200 hectares',
  `
A wildfire fanned by strong mistral winds has burned 1,200 hectares of forest north of Marseille since Tuesday afternoon. About 800 firefighters and six water-bombing planes are fighting the blaze, the Bouches-du-Rhône fire service said.

Authorities evacuated 300 residents from the villages of Allauch and Plan-de-Cuques as a precaution. No injuries have been reported so far.

The A7 motorway was closed in both directions for several hours on Wednesday morning.
`,
);

export const fireCopy = article(
  'fire-copy',
  'sud-bulletin',
  '2025-03-05',
  'Mistral fans wildfire near Marseille',
  `
A wildfire fanned by strong mistral winds has burned 1,200 hectares of forest north of Marseille since Tuesday afternoon. About 800 firefighters and six water-bombing planes are battling the blaze, the Bouches-du-Rhône fire service said.

Authorities evacuated 300 residents from the villages of Allauch and Plan-de-Cuques as a precaution. No injuries have been reported so far.

Weather forecasters expect the wind to ease on Thursday.
`,
);

/** The whole week, in no particular order. */
export const week: ArticleInput[] = [
  swapLedger,
  strikeCargo,
  gridCourier,
  rateFinance,
  fireCopy,
  strikeGazette,
  swapCourier,
  strikeDelta,
  rateLedger,
  gridDispatch,
  strikeWire,
  fireOriginal,
];
