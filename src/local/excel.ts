/**
 * exceljs, loaded when a workbook is first read or written: a run on CSV files that writes
 * no workbook (`match`) starts without paying for it.
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
