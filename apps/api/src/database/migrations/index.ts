import { Initial1795921596208 } from './1795921596208-Initial';
import { MoneyGuards1795921597208 } from './1795921597208-MoneyGuards';

/** Every migration, in order. Generated ones come from `db:generate-migration`; add each here. */
export const migrations = [Initial1795921596208, MoneyGuards1795921597208];
