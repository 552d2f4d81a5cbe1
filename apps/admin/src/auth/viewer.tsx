import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { ViewerFieldsFragment } from '../gql/graphql';
import type { Permission } from './permissions';

export type Viewer = ViewerFieldsFragment;

const ViewerContext = createContext<Viewer | null>(null);

/** Provides the signed-in viewer to the shell; the auth gate renders it. */
export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in viewer. Only screens behind the auth gate call it. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the auth gate');
  return viewer;
}

/** `can('project:write')`: whether the API grants the viewer a permission. */
export function useCan(): (permission: Permission) => boolean {
  const viewer = useContext(ViewerContext);
  return useCallback((permission: Permission) => viewer?.permissions.includes(permission) ?? false, [viewer]);
}

/**
 * The town a town-level viewer is confined to (镇办工作人员), or null for district-wide viewers.
 * Pickers offer only that town; the API enforces the same scope on every read and write.
 */
export function useTownScope(): { code: string; name: string } | null {
  const viewer = useContext(ViewerContext);
  return viewer?.town ?? null;
}

/** The towns a picker may offer: all of them, or only the viewer's own for town-level staff. */
export function useScopedTowns<T extends { code: string }>(towns: readonly T[]): readonly T[] {
  const scope = useTownScope();
  return useMemo(() => (scope ? towns.filter((t) => t.code === scope.code) : towns), [towns, scope]);
}
