import type { EntityKind } from '../../lib/entities/types';

/** How the site names each kind of entity. */
export const KIND_LABELS: Record<EntityKind, { singular: string; plural: string; intro: string; description: string }> = {
  person: {
    singular: 'Person',
    plural: 'People',
    intro: 'Everyone the articles name, with their role at the time of the story.',
    description: 'Everyone named in the coverage Crosscheck carries, with their role and the articles that mention them.',
  },
  place: {
    singular: 'Place',
    plural: 'Places',
    intro: 'The countries, regions, cities and venues the articles name.',
    description: 'Countries, regions, cities and venues named in the coverage Crosscheck carries, with the articles that mention them.',
  },
  organization: {
    singular: 'Organization',
    plural: 'Organizations',
    intro: 'The institutions, agencies and companies the articles name.',
    description: 'Institutions, agencies and companies named in the coverage Crosscheck carries, with the articles that mention them.',
  },
};
