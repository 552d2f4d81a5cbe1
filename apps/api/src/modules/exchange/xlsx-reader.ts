import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { UserInputError } from '../../common/errors';

/** The largest file accepted (the upload route refuses more before reading it). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** What an .xlsx may unpack to: more is a zip bomb, not a ledger. */
export const ZIP_LIMITS = {
  entries: 1000,
  entryBytes: 100 * 1024 * 1024,
  totalBytes: 200 * 1024 * 1024,
  /** Uncompressed ÷ compressed for one large entry; spreadsheets stay well below. */
  ratio: 200,
};

const NOT_XLSX = '不是 .xlsx 文件（Excel 2007 及以后的格式）；.xls、.csv 或 .et 文件请先在 Excel / WPS 中另存为 .xlsx';
const BROKEN = '文件已损坏或不完整，无法读取；请重新保存后再上传';

function openZip(file: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(file, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error || !zip ? reject(error) : resolve(zip),
    ),
  );
}

/**
 * Checks an upload before any spreadsheet library touches it: a zip (every .xlsx is one), with a
 * workbook inside, not encrypted, and unpacking to a bounded size. Every entry is inflated once
 * here with its declared size enforced, so a file that lies about its sizes is caught too.
 */
export async function inspectXlsx(file: Buffer): Promise<void> {
  if (file.length < 4 || file.readUInt32LE(0) !== 0x04034b50) throw UserInputError.field('file', NOT_XLSX);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch {
    throw UserInputError.field('file', BROKEN);
  }
  const names = new Set<string>();
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (message: string) => {
      zip.close();
      reject(UserInputError.field('file', message));
    };
    zip.on('error', () => fail(BROKEN));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      names.add(entry.fileName);
      if (names.size > ZIP_LIMITS.entries) return fail('文件内部结构异常（条目过多），已拒绝');
      if (entry.isEncrypted()) return fail('文件已加密，请取消密码保护后再上传');
      const size = entry.uncompressedSize;
      total += size;
      if (size > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes) {
        return fail('文件解压后过大（可能是压缩炸弹），已拒绝；单次导入请不超过 1 万行');
      }
      if (size > 1024 * 1024 && size / Math.max(entry.compressedSize, 1) > ZIP_LIMITS.ratio) {
        return fail('文件压缩比异常（可能是压缩炸弹），已拒绝');
      }
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(BROKEN);
        stream.on('error', () => fail(BROKEN));
        stream.on('data', () => undefined);
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
  if (!names.has('xl/workbook.xml') || ![...names].some((n) => n.startsWith('xl/worksheets/'))) {
    throw UserInputError.field('file', NOT_XLSX);
  }
}

/** A cell as the importer sees it: plain values only; a formula is reported, never evaluated. */
export type CellValue = string | number | boolean | Date | null | { formula: true };

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { formula: true };
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** The first sheet's rows (1-based row numbers as Excel shows them), cells as plain values; at most `maxRows` of data. */
export async function readFirstSheet(file: Buffer, maxRows: number): Promise<{ row: number; cells: CellValue[] }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw UserInputError.field('file', BROKEN);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw UserInputError.field('file', '文件中没有工作表');
  // A few rows of title and header above the data are allowed for.
  if (sheet.actualRowCount > maxRows + 10) {
    throw UserInputError.field('file', `共 ${sheet.actualRowCount} 行，超过单次导入上限 ${maxRows} 行，请分批导入`);
  }
  const rows: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: CellValue[] = [];
    for (let c = 1; c < values.length; c++) cells.push(plain(values[c]));
    rows.push({ row: number, cells });
  });
  return rows;
}
