/**
 * exceljs, loaded when a workbook is first read or written. In a browser bundle the package's
 * own browser build is picked (its `browser` field); nothing here needs Node.
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
