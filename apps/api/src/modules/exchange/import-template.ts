import ExcelJS from 'exceljs';
import type { ImportDatasetDefinition } from './import-datasets';
import { ImportKind } from './import-datasets';

/**
 * The template of a dataset: the export's layout (title, a line of guidance, the headers on row 3),
 * text columns formatted as text so codes keep their leading digits, and a 填写说明 sheet that lists
 * every column, whether it is required, its format and, for choices, every allowed value.
 */
export async function importTemplate(
  definition: ImportDatasetDefinition,
  enumValues: Map<string, Map<string, string>>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '汉滨区乡村振兴局数据平台';
  const sheet = workbook.addWorksheet(definition.title, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = definition.columns.map((c) => ({
    width: Math.max(12, c.header.length * 2 + 4),
    style:
      c.kind === ImportKind.TEXT ||
      c.kind === ImportKind.ENUM ||
      c.kind === ImportKind.ID_NUMBER ||
      c.kind === ImportKind.YES_NO
        ? { numFmt: '@' }
        : c.kind === ImportKind.DATE
          ? { numFmt: 'yyyy-mm-dd' }
          : {},
  }));
  sheet.addRow([`汉滨区乡村振兴局 · ${definition.title}导入模板`]).font = { bold: true, size: 14 };
  sheet.addRow([
    `从第 4 行起每行一条；“${definition.key.join('＋')}”已有的更新，新的新建；黄色表头的列必填；说明见“填写说明”工作表`,
  ]);
  const header = sheet.addRow(definition.columns.map((c) => c.header));
  header.font = { bold: true };
  definition.columns.forEach((c, i) => {
    if (c.required) header.getCell(i + 1).note = '必填';
    header.getCell(i + 1).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.required ? 'FFFFF2CC' : 'FFF2F2F2' },
    };
  });

  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [{ width: 14 }, { width: 8 }, { width: 60 }, { width: 60 }];
  notes.addRow(['列', '必填', '说明', '可选值']).font = { bold: true };
  for (const c of definition.columns) {
    const values = c.enumName ? [...(enumValues.get(c.enumName)?.values() ?? [])].join('、') : '';
    notes.addRow([c.header, c.required ? '是' : '', c.note, values]);
  }
  notes.addRow([]);
  if (definition.roundTrip) {
    notes.addRow([
      `导出的“${definition.title}”文件也可直接修改后导入；${definition.ignored.join('、')} 等列会被忽略。`,
    ]);
  }
  if (definition.note) notes.addRow([definition.note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
