/**
 * exceljs, which writes `summary.xlsx`, loaded only then: a run that writes no workbook
 * (`match`) starts without paying for it. Workbooks are read by `xlsxWorkbook.ts`.
 */
export type Excel = typeof import('exceljs');

let loaded: Excel | undefined;

export async function loadExcel(): Promise<Excel> {
  if (loaded === undefined) {
    const module = (await import('exceljs')) as Excel & { default?: Excel };
    loaded = module.default ?? module;
  }
  return loaded;
}
