/**
 * Print rules of the village notice: only the notice sheet is printed (the side menu, header and
 * buttons of the app are not), on A4 with the browser's own margins.
 */
export const NOTICE_PRINT_CSS = `
@media print {
  @page { size: A4 portrait; margin: 18mm 16mm; }
  body * { visibility: hidden !important; }
  /* The shell's positioned boxes would carry the sheet off to the right of where the menu was. */
  .ant-layout, .ant-pro-layout-container, .ant-pro-layout-content { position: static !important; }
  .ant-pro-sider { display: none !important; }
  .village-notice-sheet, .village-notice-sheet * { visibility: visible !important; }
  .village-notice-sheet {
    position: absolute !important;
    inset: 0 auto auto 0 !important;
    width: 100% !important;
    max-width: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: none !important;
    box-shadow: none !important;
  }
  .no-print { display: none !important; }
}
.village-notice-sheet table { width: 100%; border-collapse: collapse; }
.village-notice-sheet th, .village-notice-sheet td { border: 1px solid #595959; padding: 6px 8px; text-align: center; }
.village-notice-sheet th { background: #fafafa; font-weight: 600; }
`;
