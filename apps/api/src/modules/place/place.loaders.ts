import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { TownScope } from '../../common/viewer';
import { gazetteer } from './gazetteer';
import type { TownEntity, VillageEntity } from './place.entity';

/**
 * A town clerk (or a token limited to some towns) sees only those towns and their villages. The
 * places themselves come from the process's gazetteer (read once; see gazetteer.ts), not a statement
 * per request.
 */
export function createPlaceLoaders(manager: EntityManager, scope: TownScope) {
  const places = () => gazetteer(manager);
  return {
    town: new DataLoader<string, Readonly<TownEntity> | null>(async (codes) => {
      const { towns } = await places();
      return codes.map((code) => (scope.includes(code) ? (towns.get(code) ?? null) : null));
    }),
    village: new DataLoader<string, Readonly<VillageEntity> | null>(async (codes) => {
      const { villages } = await places();
      return codes.map((code) => {
        const village = villages.get(code);
        return village && scope.includes(village.townCode) ? village : null;
      });
    }),
    villagesOfTown: new DataLoader<string, readonly Readonly<VillageEntity>[]>(async (codes) => {
      const { villagesOfTown } = await places();
      return codes.map((code) => villagesOfTown.get(code) ?? []);
    }),
  };
}
