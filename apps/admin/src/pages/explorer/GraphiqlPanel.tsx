// The explorer's heavy part, in a chunk of its own: GraphiQL, its Monaco editors and their web
// workers, all bundled by Vite (no CDN), and the API's schema from packages/schema, so that nothing
// needs introspection (which production refuses).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import sdl from '@hanbin/schema/schema.graphql?raw';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { buildSchema } from 'graphql';
import { useMemo } from 'react';
import type { ExplorerRequest, ExplorerResult } from './fetcher';
import { explorerText as t } from './locale';
import { memoryStorage } from './memoryStorage';

const schema = buildSchema(sdl);

export interface GraphiqlPanelProps {
  fetcher: (request: ExplorerRequest) => Promise<ExplorerResult>;
  initialQuery: string;
  initialVariables: string;
}

/** GraphiQL over the API's schema: no headers editor (the token has its own field), nothing stored. */
export default function GraphiqlPanel({ fetcher, initialQuery, initialVariables }: GraphiqlPanelProps) {
  const storage = useMemo(memoryStorage, []);
  return (
    <GraphiQL
      // Its type wants GraphQLError instances; over HTTP errors are their JSON form, which it shows as is.
      fetcher={fetcher as unknown as GraphiQLProps['fetcher']}
      schema={schema}
      storage={storage}
      initialQuery={initialQuery}
      initialVariables={initialVariables}
      isHeadersEditorEnabled={false}
      shouldPersistHeaders={false}
      showPersistHeadersSettings={false}
      defaultEditorToolsVisibility={initialVariables ? 'variables' : false}
      forcedTheme="light"
    >
      <GraphiQL.Logo>{t.logo}</GraphiQL.Logo>
    </GraphiQL>
  );
}
