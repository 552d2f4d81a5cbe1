import type { EntityManager } from 'typeorm';
import type { TownScope } from '../../common/viewer';
import { type Gazetteer, gazetteer, gazetteerHeld } from './gazetteer';
import type { TownEntity, VillageEntity } from './place.entity';

/**
 * Looks places up in the process's gazetteer. Once it is read (the first request of a process),
 * `load` answers at once, without a promise or a batch per value: a page of 50 rows shows 100 places.
 */
export class PlaceLookup<T> {
  constructor(
    private readonly manager: EntityManager,
    private readonly pick: (places: Gazetteer, code: string) => T,
  ) {}

  load(code: string): T | Promise<T> {
    const places = gazetteerHeld(this.manager);
    return places ? this.pick(places, code) : gazetteer(this.manager).then((read) => this.pick(read, code));
  }

  async loadMany(codes: readonly string[]): Promise<T[]> {
    const places = gazetteerHeld(this.manager) ?? (await gazetteer(this.manager));
    return codes.map((code) => this.pick(places, code));
  }
}

/**
 * A town clerk (or a token limited to some towns) sees only those towns and their villages. The
 * places themselves come from the process's gazetteer (read once; see gazetteer.ts), not a statement
 * per request.
 */
export function createPlaceLoaders(manager: EntityManager, scope: TownScope) {
  return {
    town: new PlaceLookup<Readonly<TownEntity> | null>(manager, ({ towns }, code) =>
      scope.includes(code) ? (towns.get(code) ?? null) : null,
    ),
    village: new PlaceLookup<Readonly<VillageEntity> | null>(manager, ({ villages }, code) => {
      const village = villages.get(code);
      return village && scope.includes(village.townCode) ? village : null;
    }),
    villagesOfTown: new PlaceLookup<readonly Readonly<VillageEntity>[]>(
      manager,
      ({ villagesOfTown }, code) => villagesOfTown.get(code) ?? [],
    ),
  };
}
