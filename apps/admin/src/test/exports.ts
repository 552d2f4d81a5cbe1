import { fireEvent, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { StartExportMutation } from '../export/export.graphql';
import type { ExportDataset, ViewerFieldsFragment } from '../gql/graphql';
import type { Mock } from './render';

/** The viewer, allowed to export lists (data:export, which every staff role holds). */
export function withExport(viewer: ViewerFieldsFragment): ViewerFieldsFragment {
  return { ...viewer, permissions: [...viewer.permissions, 'data:export'] };
}

/**
 * Answers startExport (with a refusal, so that no progress dialog follows) and keeps what each
 * call sent.
 */
export function startExportSpy(): { mock: Mock; sent: unknown[] } {
  const sent: unknown[] = [];
  const mock: Mock = {
    request: {
      query: StartExportMutation,
      variables: (variables) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: { errors: [{ message: '测试：未导出', extensions: { code: 'CONFLICT', reason: 'EXPORT_LIMIT' } }] },
  };
  return { mock, sent };
}

/** Clicks the page's 导出 Excel and expects the list's own variables to have been sent with the dataset. */
export async function expectExport(
  spy: { sent: unknown[] },
  dataset: ExportDataset,
  variables: Record<string, unknown>,
): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }));
  await waitFor(() => expect(spy.sent).toEqual([{ dataset, variables }]));
}
