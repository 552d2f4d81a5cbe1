import type { DataSource, EntityManager } from 'typeorm';
import { TownEntity, VillageEntity } from './place.entity';

/** Hanbin's towns and villages by code, as read from the database once. */
export interface Gazetteer {
  towns: ReadonlyMap<string, Readonly<TownEntity>>;
  villages: ReadonlyMap<string, Readonly<VillageEntity>>;
  /** Each town's villages, by code. */
  villagesOfTown: ReadonlyMap<string, readonly Readonly<VillageEntity>[]>;
}

const read = new WeakMap<DataSource, Promise<Gazetteer>>();
const held = new WeakMap<DataSource, Gazetteer>();

/**
 * The official division codes and names of the district's 28 towns and 529 villages. No API path
 * writes them: they arrive with migrations and the seed, before a process serves requests, and change
 * only with a deploy (which restarts every process). So each process reads them once, on first use,
 * and every process holds the same list: nothing here can go stale between two processes. Saves the
 * town and village lookups of every list that shows where a record is.
 *
 * Read through the caller's manager, so a first use inside a transaction stays on its connection.
 */
export function gazetteer(manager: EntityManager): Promise<Gazetteer> {
  const dataSource = manager.connection;
  let places = read.get(dataSource);
  if (!places) {
    places = load(manager);
    read.set(dataSource, places);
    places.then(
      (loaded) => held.set(dataSource, loaded),
      // A failed read (the database restarting) is tried again by the next request.
      () => read.delete(dataSource),
    );
  }
  return places;
}

/** The gazetteer if this process has read it already: lookups then need no promise at all. */
export function gazetteerHeld(manager: EntityManager): Gazetteer | undefined {
  return held.get(manager.connection);
}

async function load(manager: EntityManager): Promise<Gazetteer> {
  const towns = await manager.getRepository(TownEntity).find({ order: { code: 'ASC' } });
  const villages = await manager.getRepository(VillageEntity).find({ order: { code: 'ASC' } });
  const villagesOfTown = new Map<string, VillageEntity[]>(towns.map((t) => [t.code, []]));
  for (const village of villages) {
    Object.freeze(village.categories);
    villagesOfTown.get(village.townCode)?.push(Object.freeze(village));
  }
  return {
    towns: new Map(towns.map((t) => [t.code, Object.freeze(t)])),
    villages: new Map(villages.map((v) => [v.code, v])),
    villagesOfTown,
  };
}
