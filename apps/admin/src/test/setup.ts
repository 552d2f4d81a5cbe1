// jsdom stubs and cleanup are shared with packages/ui.
import '@hanbin/ui/test-setup';
import { configure } from '@testing-library/react';

// The first render transforms the lazily loaded shell (antd, ProLayout): allow it time.
configure({ asyncUtilTimeout: 10_000 });
