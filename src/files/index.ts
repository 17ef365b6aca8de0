/** The browser-safe file-reading layer: exports in, the programme's raw tables out. */
export { readExports, INPUT_SHEET } from './readExports';
export type { ExportRead, InputFile, SheetSource, SourceFormat, ProtocolSheetName } from './types';
export { PROTOCOL_SHEET_NAMES } from './types';
export { RECORD_EMAIL_SETTING } from './microsoftForms';
