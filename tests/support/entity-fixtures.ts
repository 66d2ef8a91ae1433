import type { Entity } from '../../src/lib/entities/types.ts';

/** Test support: a small hand-written registry, independent of content/entities. */
export const FIXTURE_ENTITIES: Entity[] = [
  { id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', description: 'President of Russia.', aliases: ['Putin'] },
  { id: 'donald-trump', kind: 'person', name: 'Donald Trump', description: 'President of the United States.', aliases: ['Trump'] },
  { id: 'marco-rubio', kind: 'person', name: 'Marco Rubio', description: 'US Secretary of State.', aliases: ['Rubio'] },
  { id: 'rustem-umerov', kind: 'person', name: 'Rustem Umerov', description: 'NSDC Secretary.', aliases: ['Umerov'] },
  { id: 'steve-witkoff', kind: 'person', name: 'Steve Witkoff', description: 'US envoy.', aliases: ['Witkoff'] },
  {
    id: 'volodymyr-zelensky',
    kind: 'person',
    name: 'Volodymyr Zelenskyy',
    description: 'President of Ukraine.',
    aliases: ['Zelensky', 'Zelenskyy'],
  },
  { id: 'united-states', kind: 'place', name: 'United States', description: 'Country.', aliases: ['US', 'U.S.'] },
  { id: 'ukraine', kind: 'place', name: 'Ukraine', description: 'Country.', aliases: [] },
  { id: 'paris', kind: 'place', name: 'Paris', description: 'Capital of France.', aliases: [], country: 'FR' },
  { id: 'moscow', kind: 'place', name: 'Moscow', description: 'Capital of Russia.', aliases: [], country: 'RU' },
  { id: 'washington', kind: 'place', name: 'Washington', description: 'US capital.', aliases: [], country: 'US' },
  { id: 'axios', kind: 'organization', name: 'Axios', description: 'US news site.', aliases: [] },
  { id: 'kremlin', kind: 'organization', name: 'Kremlin', description: 'Russian presidency.', aliases: [] },
];

/** FIXTURE_ENTITIES as raw records, the way a loader hands them to createEntityRegistry. */
export function fixtureRecords(): { id: string; data: unknown }[] {
  return FIXTURE_ENTITIES.map(({ id, ...data }) => ({ id, data }));
}
