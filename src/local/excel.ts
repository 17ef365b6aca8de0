/** exceljs, loaded when a workbook is first written: the same loader the readers use. */
export { loadExcel, type Excel } from '../files/excel';
