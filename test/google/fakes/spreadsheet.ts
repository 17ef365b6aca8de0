/**
 * An in-memory SpreadsheetApp: spreadsheets, sheets and ranges that behave like Google's where
 * Dyad depends on it. What a script writes is parsed as if typed (USER_ENTERED): a leading
 * apostrophe keeps text as it is, "=…" and "+/-/@…" that are not numbers become formulas even
 * in a plain-text cell, and outside plain-text cells numbers, booleans and UK dates are
 * converted. Every public method counts one spreadsheet service call.
 */
import { FakeUser, NO_ACCESS, emailOf, type FileAccess, type UserLike } from './access';
import { formatDate, parseUkDate } from './clock';
import type { FakeEnv } from './env';
import { FakeProtection, PROTECTION_TYPE, type Area, type ProtectionType } from './protection';

/** A new spreadsheet's first sheet and insertSheet(): 1000 rows × 26 columns (Sheets' default grid). */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
/** Range.getRange / Sheet.getRange beyond the sheet's grid (Google's message). */
export const OUTSIDE_GRID = 'The coordinates of the range are outside the dimensions of the sheet.';

export type Value = string | number | boolean | Date;

export class FakeDataValidation {
  constructor(
    readonly criteria: 'CHECKBOX' | 'VALUE_IN_LIST',
    readonly values: string[],
    readonly allowInvalid: boolean,
  ) {}

  getCriteriaType(): string {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.criteria === 'VALUE_IN_LIST' ? [this.values, true] : [];
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

export class FakeDataValidationBuilder {
  private criteria: 'CHECKBOX' | 'VALUE_IN_LIST' | null = null;
  private values: string[] = [];
  private allowInvalid = true;

  requireCheckbox(): this {
    this.criteria = 'CHECKBOX';
    return this;
  }

  requireValueInList(values: string[]): this {
    this.criteria = 'VALUE_IN_LIST';
    this.values = [...values];
    return this;
  }

  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }

  setHelpText(): this {
    return this;
  }

  build(): FakeDataValidation {
    if (this.criteria === null) throw new Error('Data validation needs a criterion');
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid);
  }
}

interface CellData {
  value: Value;
  formula: string;
  format: string;
  validation: FakeDataValidation | null;
  background: string;
  fontWeight: string;
}

function emptyCell(): CellData {
  return {
    value: '',
    formula: '',
    format: '',
    validation: null,
    background: '#ffffff',
    fontWeight: 'normal',
  };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What a cell holds after a script writes `input` into it, the way Sheets parses typed input. */
export function enterValue(cell: CellData, input: unknown, timeZone: string): void {
  cell.formula = '';
  if (input === null || input === undefined) {
    cell.value = '';
    return;
  }
  if (input instanceof Date || typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (text.startsWith('=') || (/^[+\-@]/.test(text) && !NUMBER.test(text.trim()))) {
    cell.formula = text.startsWith('=') ? text : `=${text}`;
    cell.value = '#ERROR!';
    return;
  }
  if (cell.format === '@') {
    cell.value = text;
    return;
  }
  if (NUMBER.test(text.trim())) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text.trim())) cell.value = text.trim().toLowerCase() === 'true';
  else cell.value = parseUkDate(text, timeZone) ?? text;
}

export function displayOf(cell: Readonly<CellData>, timeZone: string): string {
  if (cell.formula !== '') return '#ERROR!';
  const v = cell.value;
  if (v instanceof Date) {
    const time = formatDate(v, timeZone, 'HH:mm:ss');
    return formatDate(v, timeZone, time === '00:00:00' ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss');
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export class FakeChart {
  constructor(
    readonly chartType: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly position: number[],
  ) {}

  getRanges(): FakeRange[] {
    return this.ranges;
  }

  getOptions(): { get(key: string): unknown } {
    return { get: (key: string) => this.options[key] };
  }
}

export class FakeChartBuilder {
  private chartType = 'COLUMN';
  private readonly ranges: FakeRange[] = [];
  private readonly options: Record<string, unknown> = {};
  private position: number[] = [1, 1, 0, 0];

  setChartType(type: string): this {
    this.chartType = type;
    return this;
  }

  addRange(range: FakeRange): this {
    this.ranges.push(range);
    return this;
  }

  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }

  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.position = [row, column, offsetX, offsetY];
    return this;
  }

  build(): FakeChart {
    if (this.ranges.length === 0) throw new Error('A chart needs at least one range');
    return new FakeChart(this.chartType, this.ranges, this.options, this.position);
  }
}

export class FakeRange {
  constructor(
    private readonly env: FakeEnv,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    // Sheet.getRange(row, column, numRows, numColumns): Google's messages for each bad argument.
    if (![row, column, numRows, numColumns].every(Number.isInteger))
      throw new Error('The parameters (number,number,number,number) are not whole numbers.');
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns)
      throw new Error(OUTSIDE_GRID);
  }

  private count(method: string): void {
    this.env.spreadsheetCalls.count(`Range.${method}`);
  }

  private grid<T>(read: (cell: CellData) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numColumns; c++)
        row.push(read(this.sheet._peek(this.row + r, this.column + c)));
      out.push(row);
    }
    return out;
  }

  private each(write: (cell: CellData, r: number, c: number) => void, what: string): this {
    this.sheet._guardWrite(`${what} on ${this.sheet.name}`, this);
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++)
        write(this.sheet._cell(this.row + r, this.column + c), r, c);
    }
    return this;
  }

  private checkShape(values: unknown[][]): void {
    if (values.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  getValues(): Value[][] {
    this.count('getValues');
    return this.grid((cell) => cell.value);
  }

  getValue(): Value {
    this.count('getValue');
    return this.sheet._peek(this.row, this.column).value;
  }

  getDisplayValues(): string[][] {
    this.count('getDisplayValues');
    return this.grid((cell) => displayOf(cell, this.env.timeZone));
  }

  getFormulas(): string[][] {
    this.count('getFormulas');
    return this.grid((cell) => cell.formula);
  }

  setValues(values: unknown[][]): this {
    this.count('setValues');
    this.checkShape(values);
    return this.each((cell, r, c) => {
      const before = { ...cell };
      enterValue(cell, values[r][c], this.env.timeZone);
      const rule = cell.validation;
      if (
        rule &&
        rule.criteria === 'VALUE_IN_LIST' &&
        !rule.allowInvalid &&
        cell.value !== '' &&
        !rule.values.includes(String(cell.value))
      ) {
        Object.assign(cell, before);
        throw new Error(
          `The data you entered in cell ${this.sheet.name}!R${this.row + r}C${this.column + c} violates the data validation rules set on this cell.`,
        );
      }
    }, 'setValues');
  }

  setValue(value: unknown): this {
    this.count('setValue');
    return this.each((cell) => enterValue(cell, value, this.env.timeZone), 'setValue');
  }

  setFormula(formula: string): this {
    this.count('setFormula');
    return this.each((cell) => {
      cell.formula = formula;
      cell.value = '#ERROR!';
    }, 'setFormula');
  }

  clearContent(): this {
    this.count('clearContent');
    return this.each((cell) => {
      cell.value = '';
      cell.formula = '';
    }, 'clearContent');
  }

  setNumberFormat(format: string): this {
    this.count('setNumberFormat');
    return this.each((cell) => (cell.format = format), 'setNumberFormat');
  }

  getNumberFormats(): string[][] {
    this.count('getNumberFormats');
    return this.grid((cell) => cell.format);
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    this.count('setDataValidation');
    return this.each((cell) => (cell.validation = rule), 'setDataValidation');
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    this.count('getDataValidations');
    return this.grid((cell) => cell.validation);
  }

  setBackgrounds(colours: string[][]): this {
    this.count('setBackgrounds');
    this.checkShape(colours);
    return this.each((cell, r, c) => (cell.background = colours[r][c]), 'setBackgrounds');
  }

  setBackground(colour: string): this {
    this.count('setBackground');
    return this.each((cell) => (cell.background = colour), 'setBackground');
  }

  getBackgrounds(): string[][] {
    this.count('getBackgrounds');
    return this.grid((cell) => cell.background);
  }

  setFontWeight(weight: string): this {
    this.count('setFontWeight');
    return this.each((cell) => (cell.fontWeight = weight), 'setFontWeight');
  }

  setWrap(): this {
    this.count('setWrap');
    return this;
  }

  getRow(): number {
    this.count('getRow');
    return this.row;
  }

  getColumn(): number {
    this.count('getColumn');
    return this.column;
  }

  getNumRows(): number {
    this.count('getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.count('getNumColumns');
    return this.numColumns;
  }

  getSheet(): FakeSheet {
    this.count('getSheet');
    return this.sheet;
  }

  getA1Notation(): string {
    this.count('getA1Notation');
    const start = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }

  /** Range.protect(): a new range protection, even over an existing one (Google's note). */
  protect(): FakeProtection {
    this.count('protect');
    this.sheet._guardWrite(`protect on ${this.sheet.name}`, null);
    return this.sheet._addProtection(PROTECTION_TYPE.RANGE, this);
  }
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** An A1 range ("B2", "A1:C3") as row, column, rows, columns. */
function parseA1(a1: string): [number, number, number, number] {
  const m = /^(?:[^!]*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error('Range not found');
  const [r1, c1] = [Number(m[2]), columnNumber(m[1])];
  const [r2, c2] = m[3] ? [Number(m[4]), columnNumber(m[3])] : [r1, c1];
  return [Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1];
}

export class FakeSheet {
  /** Rows of cells, 0-based; grown on write, always inside the grid. */
  private cells: CellData[][] = [];
  private frozenRows = 0;
  private readonly charts: FakeChart[] = [];
  readonly protections: FakeProtection[] = [];
  hidden = false;
  /** The form that writes its responses here (set by the fake FormApp). */
  formUrl: string | null = null;

  constructor(
    private readonly env: FakeEnv,
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
    /** The grid: how many rows and columns the sheet has, filled or not. */
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  private count(method: string): void {
    this.env.spreadsheetCalls.count(`Sheet.${method}`);
  }

  /**
   * Every write's gate: the lock rule of the tests, then edit access to the spreadsheet, then
   * each protection guarding `area` (null: the sheet as a whole, e.g. rows inserted).
   */
  _guardWrite(what: string, area: Area | null): void {
    this.env.checkWrite(what);
    if (this.env.isSystem) return;
    this.parent.access.requireEdit(this.env.activeUser);
    for (const protection of this.protections) {
      if (area === null && protection.type !== PROTECTION_TYPE.SHEET) continue;
      protection._checkWrite(area);
    }
  }

  _addProtection(type: ProtectionType, area: Area | null): FakeProtection {
    const protection = new FakeProtection(
      this.env,
      this,
      type,
      area && {
        row: area.row,
        column: area.column,
        numRows: area.numRows,
        numColumns: area.numColumns,
      },
    );
    this.protections.push(protection);
    return protection;
  }

  _removeProtection(protection: FakeProtection): void {
    const index = this.protections.indexOf(protection);
    if (index >= 0) this.protections.splice(index, 1);
  }

  _rangeOf(area: Area): FakeRange {
    return new FakeRange(this.env, this, area.row, area.column, area.numRows, area.numColumns);
  }

  _cell(row: number, column: number): CellData {
    while (this.cells.length < row) this.cells.push([]);
    const cells = this.cells[row - 1];
    while (cells.length < column) cells.push(emptyCell());
    return cells[column - 1];
  }

  _peek(row: number, column: number): CellData {
    return this.cells[row - 1]?.[column - 1] ?? emptyCell();
  }

  _lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) {
      if (this.cells[r - 1].some((cell) => cell.value !== '' || cell.formula !== '')) return r;
    }
    return 0;
  }

  _lastColumn(): number {
    let last = 0;
    for (const row of this.cells) {
      for (let c = row.length; c > last; c--) {
        if (row[c - 1].value !== '' || row[c - 1].formula !== '') {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Grows the grid so that (rows, columns) fits, as appendRow and Google's own writes do. */
  private grow(rows: number, columns: number): void {
    this.maxRows = Math.max(this.maxRows, rows);
    this.maxColumns = Math.max(this.maxColumns, columns);
  }

  /** Google's own write of one row (form responses), parsed as values, not typed input. */
  _writeRowAsSystem(row: number, values: Value[]): void {
    this.grow(row, values.length);
    values.forEach((value, i) => {
      const cell = this._cell(row, i + 1);
      cell.value = value;
      cell.formula = '';
    });
  }

  /** Every cell's value, for assertions (not a counted call). */
  _allValues(): Value[][] {
    const width = this._lastColumn();
    return Array.from({ length: this._lastRow() }, (_, r) =>
      Array.from({ length: width }, (_, c) => this._peek(r + 1, c + 1).value),
    );
  }

  _allFormulas(): string[] {
    return this.cells
      .flat()
      .filter((cell) => cell.formula !== '')
      .map((cell) => cell.formula);
  }

  _allFormats(): string[][] {
    return this.cells.map((row) => row.map((cell) => cell.format));
  }

  _cellData(row: number, column: number): Readonly<CellData> {
    return this._peek(row, column);
  }

  _charts(): readonly FakeChart[] {
    return this.charts;
  }

  /** This sheet's cells, grid, protections and settings on the copy `parent` (no form link). */
  _copyTo(parent: FakeSpreadsheet, sheetId: number): FakeSheet {
    const copy = new FakeSheet(this.env, parent, this.name, sheetId, this.maxRows, this.maxColumns);
    copy.cells = this.cells.map((row) => row.map((cell) => ({ ...cell })));
    copy.frozenRows = this.frozenRows;
    copy.hidden = this.hidden;
    for (const protection of this.protections) copy.protections.push(protection._copyTo(copy));
    return copy;
  }

  getName(): string {
    this.count('getName');
    return this.name;
  }

  setName(name: string): this {
    this.count('setName');
    this._guardWrite(`setName on ${this.name}`, null);
    if (this.parent._sheetNamed(name) && name !== this.name)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }

  getSheetId(): number {
    this.count('getSheetId');
    return this.sheetId;
  }

  getParent(): FakeSpreadsheet {
    this.count('getParent');
    return this.parent;
  }

  getRange(rowOrA1: number | string, column = 1, numRows = 1, numColumns = 1): FakeRange {
    this.count('getRange');
    if (typeof rowOrA1 === 'string') {
      const [r, c, nr, nc] = parseA1(rowOrA1);
      return new FakeRange(this.env, this, r, c, nr, nc);
    }
    return new FakeRange(this.env, this, rowOrA1, column, numRows, numColumns);
  }

  getDataRange(): FakeRange {
    this.count('getDataRange');
    return new FakeRange(
      this.env,
      this,
      1,
      1,
      Math.max(this._lastRow(), 1),
      Math.max(this._lastColumn(), 1),
    );
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this._lastRow();
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this._lastColumn();
  }

  getMaxRows(): number {
    this.count('getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.maxColumns;
  }

  /**
   * appendRow: "Appends a row to the bottom of the current data region in the sheet"; like the
   * Sheets API's append, it inserts the rows (and columns) the new row needs beyond the grid.
   */
  appendRow(values: unknown[]): this {
    this.count('appendRow');
    const row = this._lastRow() + 1;
    const area = { row, column: 1, numRows: 1, numColumns: Math.max(values.length, 1) };
    this._guardWrite(`appendRow on ${this.name}`, area);
    this.grow(row, values.length);
    values.forEach((value, i) => enterValue(this._cell(row, i + 1), value, this.env.timeZone));
    return this;
  }

  private checkRows(position: number, what: string): void {
    if (!Number.isInteger(position) || position < 1 || position > this.maxRows)
      throw new Error(`Those rows are out of bounds. (${what})`);
  }

  private checkColumns(position: number, what: string): void {
    if (!Number.isInteger(position) || position < 1 || position > this.maxColumns)
      throw new Error(`Those columns are out of bounds. (${what})`);
  }

  /** Inserts `howMany` empty rows before row `before`, moving the rows below down. */
  private addRows(before: number, howMany: number, what: string): void {
    this._guardWrite(`${what} on ${this.name}`, null);
    if (!Number.isInteger(howMany) || howMany < 1)
      throw new Error(`Invalid number of rows: ${howMany}`);
    if (this.cells.length >= before) {
      const blank = Array.from({ length: howMany }, () => [] as CellData[]);
      this.cells.splice(before - 1, 0, ...blank);
    }
    this.maxRows += howMany;
  }

  private addColumns(before: number, howMany: number, what: string): void {
    this._guardWrite(`${what} on ${this.name}`, null);
    if (!Number.isInteger(howMany) || howMany < 1)
      throw new Error(`Invalid number of columns: ${howMany}`);
    for (const row of this.cells) {
      if (row.length >= before)
        row.splice(before - 1, 0, ...Array.from({ length: howMany }, emptyCell));
    }
    this.maxColumns += howMany;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.count('insertRowsAfter');
    this.checkRows(afterPosition, 'insertRowsAfter');
    this.addRows(afterPosition + 1, howMany, 'insertRowsAfter');
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.count('insertRowsBefore');
    this.checkRows(beforePosition, 'insertRowsBefore');
    this.addRows(beforePosition, howMany, 'insertRowsBefore');
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.count('insertRows');
    this.checkRows(rowIndex, 'insertRows');
    this.addRows(rowIndex, numRows, 'insertRows');
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.count('insertColumnsAfter');
    this.checkColumns(afterPosition, 'insertColumnsAfter');
    this.addColumns(afterPosition + 1, howMany, 'insertColumnsAfter');
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.count('insertColumnsBefore');
    this.checkColumns(beforePosition, 'insertColumnsBefore');
    this.addColumns(beforePosition, howMany, 'insertColumnsBefore');
    return this;
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.count('insertColumns');
    this.checkColumns(columnIndex, 'insertColumns');
    this.addColumns(columnIndex, numColumns, 'insertColumns');
  }

  /** deleteRows: the rows go, the grid shrinks; a sheet keeps at least one row. */
  deleteRows(rowPosition: number, howMany = 1): void {
    this.count('deleteRows');
    const last = rowPosition + howMany - 1;
    if (!Number.isInteger(howMany) || howMany < 1) throw new Error('Those rows are out of bounds.');
    this.checkRows(rowPosition, 'deleteRows');
    this.checkRows(last, 'deleteRows');
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this._guardWrite(`deleteRows on ${this.name}`, null);
    this._guardWrite(`deleteRows on ${this.name}`, {
      row: rowPosition,
      column: 1,
      numRows: howMany,
      numColumns: this.maxColumns,
    });
    this.cells.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany = 1): void {
    this.count('deleteColumns');
    const last = columnPosition + howMany - 1;
    this.checkColumns(columnPosition, 'deleteColumns');
    this.checkColumns(last, 'deleteColumns');
    if (howMany >= this.maxColumns)
      throw new Error("You can't delete all the columns on the sheet.");
    this._guardWrite(`deleteColumns on ${this.name}`, null);
    for (const row of this.cells) row.splice(columnPosition - 1, howMany);
    this.maxColumns -= howMany;
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    this._guardWrite(`setFrozenRows on ${this.name}`, null);
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.frozenRows;
  }

  clear(): this {
    this.count('clear');
    this._guardWrite(`clear on ${this.name}`, {
      row: 1,
      column: 1,
      numRows: this.maxRows,
      numColumns: this.maxColumns,
    });
    this.cells.length = 0;
    return this;
  }

  clearContents(): this {
    this.count('clearContents');
    this._guardWrite(`clearContents on ${this.name}`, {
      row: 1,
      column: 1,
      numRows: this.maxRows,
      numColumns: this.maxColumns,
    });
    for (const cell of this.cells.flat()) {
      cell.value = '';
      cell.formula = '';
    }
    return this;
  }

  getFormUrl(): string | null {
    this.count('getFormUrl');
    return this.formUrl;
  }

  hideSheet(): this {
    this.count('hideSheet');
    this._guardWrite(`hideSheet on ${this.name}`, null);
    this.hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.hidden;
  }

  /** Sheet.protect(): the sheet's protection, the existing one if the sheet is already protected. */
  protect(): FakeProtection {
    this.count('protect');
    const existing = this.protections.find((p) => p.type === PROTECTION_TYPE.SHEET);
    if (existing) return existing;
    this._guardWrite(`protect on ${this.name}`, null);
    return this._addProtection(PROTECTION_TYPE.SHEET, null);
  }

  getProtections(type: ProtectionType): FakeProtection[] {
    this.count('getProtections');
    return this.protections.filter((p) => p.type === type);
  }

  newChart(): FakeChartBuilder {
    this.count('newChart');
    return new FakeChartBuilder();
  }

  insertChart(chart: FakeChart): void {
    this.count('insertChart');
    this._guardWrite(`insertChart on ${this.name}`, null);
    this.charts.push(chart);
  }

  getCharts(): FakeChart[] {
    this.count('getCharts');
    return [...this.charts];
  }

  removeChart(chart: FakeChart): void {
    this.count('removeChart');
    this._guardWrite(`removeChart on ${this.name}`, null);
    const index = this.charts.indexOf(chart);
    if (index >= 0) this.charts.splice(index, 1);
  }
}

export { FakeUser } from './access';

export interface Toast {
  message: string;
  title: string;
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: Toast[] = [];
  /** Who owns the file and whom it is shared with (Drive). */
  readonly access: FileAccess;
  private nextSheetId = 0;

  constructor(
    private readonly env: FakeEnv,
    readonly id: string,
    public name: string,
    owner: string,
  ) {
    this.access = env.registerFile(id, 'spreadsheet', name, owner);
  }

  get owner(): string {
    return this.access.owner;
  }

  /** The viewers' emails (not editors), for assertions. */
  get viewers(): string[] {
    return this.access.viewers();
  }

  /** The editors' emails other than the owner, for assertions. */
  get editors(): string[] {
    return this.access.editors().slice(1);
  }

  private count(method: string): void {
    this.env.spreadsheetCalls.count(`Spreadsheet.${method}`);
  }

  private requireEdit(): void {
    if (!this.env.isSystem) this.access.requireEdit(this.env.activeUser);
  }

  _sheetNamed(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  _addSheet(name: string, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): FakeSheet {
    if (this._sheetNamed(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this.env, this, name, this.nextSheetId++, rows, columns);
    this.sheets.push(sheet);
    return sheet;
  }

  /** "Make a copy": the sheets with their cells and protections, owned by `owner`, shared with nobody. */
  _copy(name: string, owner: string): FakeSpreadsheet {
    const copy = new FakeSpreadsheet(this.env, this.env.id('ss'), name, owner);
    for (const sheet of this.sheets) copy.sheets.push(sheet._copyTo(copy, copy.nextSheetId++));
    return copy;
  }

  getId(): string {
    this.count('getId');
    return this.id;
  }

  getName(): string {
    this.count('getName');
    return this.name;
  }

  rename(name: string): void {
    this.count('rename');
    this.requireEdit();
    this.name = name;
    this.access.name = name;
  }

  getUrl(): string {
    this.count('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSheets(): FakeSheet[] {
    this.count('getSheets');
    return [...this.sheets];
  }

  getSheetByName(name: string): FakeSheet | null {
    this.count('getSheetByName');
    return this._sheetNamed(name);
  }

  /** insertSheet(): a new sheet of the default grid, 1000 rows × 26 columns. */
  insertSheet(name?: string, index?: number): FakeSheet {
    this.count('insertSheet');
    this.env.checkWrite('insertSheet');
    this.requireEdit();
    let fallback = this.sheets.length + 1;
    while (name === undefined && this._sheetNamed(`Sheet${fallback}`)) fallback++;
    const sheet = this._addSheet(name ?? `Sheet${fallback}`);
    if (index !== undefined) {
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
      this.sheets.splice(index, 0, sheet);
    }
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.count('deleteSheet');
    this.env.checkWrite('deleteSheet');
    this.requireEdit();
    sheet._guardWrite('deleteSheet', null);
    if (this.sheets.length === 1)
      throw new Error('You cannot delete the only sheet of a spreadsheet.');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }

  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.env.timeZone;
  }

  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return 'en_GB';
  }

  toast(message: string, title = ''): void {
    this.count('toast');
    this.toasts.push({ message, title });
  }

  /** Every protection of that type on every sheet (Spreadsheet.getProtections). */
  getProtections(type: ProtectionType): FakeProtection[] {
    this.count('getProtections');
    return this.sheets.flatMap((sheet) => sheet.protections.filter((p) => p.type === type));
  }

  /** Sharing needs edit access: editors can share (Drive's default). */
  addEditor(user: UserLike): this {
    this.count('addEditor');
    this.requireEdit();
    this.access.addEditor(emailOf(user));
    return this;
  }

  addEditors(emails: string[]): this {
    this.count('addEditors');
    this.requireEdit();
    for (const email of emails) this.access.addEditor(email);
    return this;
  }

  removeEditor(user: UserLike): this {
    this.count('removeEditor');
    this.requireEdit();
    this.access.removeEditor(emailOf(user));
    return this;
  }

  addViewer(user: UserLike): this {
    this.count('addViewer');
    this.requireEdit();
    this.access.addViewer(emailOf(user));
    return this;
  }

  addViewers(emails: string[]): this {
    this.count('addViewers');
    this.requireEdit();
    for (const email of emails) this.access.addViewer(email);
    return this;
  }

  removeViewer(user: UserLike): this {
    this.count('removeViewer');
    this.requireEdit();
    this.access.removeViewer(emailOf(user));
    return this;
  }

  /** Like Drive's File.getViewers: empty for a caller without edit access. */
  getViewers(): FakeUser[] {
    this.count('getViewers');
    if (!this.access.canEdit(this.env.activeUser)) return [];
    return this.access.viewers().map((email) => new FakeUser(email));
  }

  /** The owner and the editors; empty for a caller without edit access (as File.getEditors). */
  getEditors(): FakeUser[] {
    this.count('getEditors');
    if (!this.access.canEdit(this.env.activeUser)) return [];
    return this.access.editors().map((email) => new FakeUser(email));
  }

  getOwner(): FakeUser {
    this.count('getOwner');
    return new FakeUser(this.access.owner);
  }
}

export interface MenuRecord {
  title: string;
  items: ({ label: string; functionName: string } | 'separator')[];
}

export class FakeMenu {
  readonly items: MenuRecord['items'] = [];

  constructor(
    private readonly ui: FakeUi,
    readonly title: string,
  ) {}

  addItem(label: string, functionName: string): this {
    this.items.push({ label, functionName });
    return this;
  }

  addSeparator(): this {
    this.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.ui.menus.push({ title: this.title, items: [...this.items] });
  }
}

export interface HtmlShown {
  kind: 'sidebar' | 'dialog';
  title: string;
  content: string;
  /** Whose screen it opened on (the user running the execution). */
  user: string;
}

export interface AlertShown {
  user: string;
  title: string;
  message: string;
}

export class FakeUi {
  readonly menus: MenuRecord[] = [];
  /** Each alert's message, in order (whoever saw it). */
  readonly alerts: string[] = [];
  /** Each alert with the user who saw it. */
  readonly alertLog: AlertShown[] = [];
  readonly shown: HtmlShown[] = [];
  /** The buttons the next alerts' readers press, in order (default: OK, or YES for a question). */
  readonly replies: string[] = [];
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };

  constructor(private readonly env: FakeEnv) {}

  private count(method: string): void {
    this.env.spreadsheetCalls.count(`Ui.${method}`);
  }

  createMenu(title: string): FakeMenu {
    this.count('createMenu');
    return new FakeMenu(this, title);
  }

  alert(titleOrMessage: string, messageOrButtons?: string, buttons?: string): string {
    this.count('alert');
    const hasTitle = messageOrButtons !== undefined && !(messageOrButtons in this.ButtonSet);
    const message = hasTitle ? (messageOrButtons as string) : titleOrMessage;
    const set = hasTitle ? buttons : messageOrButtons;
    this.alerts.push(message);
    this.alertLog.push({
      user: this.env.activeUser,
      title: hasTitle ? titleOrMessage : '',
      message,
    });
    const reply = this.replies.shift();
    if (reply !== undefined) return reply;
    return set === this.ButtonSet.YES_NO || set === this.ButtonSet.YES_NO_CANCEL
      ? this.Button.YES
      : this.Button.OK;
  }

  /** The alerts `user` saw (harness). */
  alertsFor(user: string): string[] {
    return this.alertLog.filter((a) => a.user === user).map((a) => a.message);
  }

  showSidebar(output: { getContent(): string; getTitle(): string }): void {
    this.count('showSidebar');
    this.shown.push({
      kind: 'sidebar',
      title: output.getTitle(),
      content: output.getContent(),
      user: this.env.activeUser,
    });
  }

  showModalDialog(output: { getContent(): string }, title: string): void {
    this.count('showModalDialog');
    this.shown.push({
      kind: 'dialog',
      title,
      content: output.getContent(),
      user: this.env.activeUser,
    });
  }
}

export class FakeSpreadsheetApp {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly ui: FakeUi;
  active: FakeSpreadsheet | null = null;
  readonly DataValidationCriteria = { CHECKBOX: 'CHECKBOX', VALUE_IN_LIST: 'VALUE_IN_LIST' };
  readonly ProtectionType = PROTECTION_TYPE;

  constructor(private readonly env: FakeEnv) {
    this.ui = new FakeUi(env);
  }

  private count(method: string): void {
    this.env.spreadsheetCalls.count(`SpreadsheetApp.${method}`);
  }

  /** A spreadsheet owned by `owner` with one empty 1000 × 26 sheet (not a counted call). */
  _create(
    name: string,
    owner: string,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(this.env, this.env.id('ss'), name, owner);
    ss._addSheet('Sheet1', rows, columns);
    this.spreadsheets.set(ss.id, ss);
    return ss;
  }

  /** "Make a copy" of `source` by `owner` (not a counted call). */
  _copy(source: FakeSpreadsheet, name: string, owner: string): FakeSpreadsheet {
    const copy = source._copy(name, owner);
    this.spreadsheets.set(copy.id, copy);
    return copy;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.count('getActiveSpreadsheet');
    if (this.active === null) throw new Error('No active spreadsheet');
    return this.active;
  }

  getActive(): FakeSpreadsheet {
    return this.getActiveSpreadsheet();
  }

  /** openById by anyone the file is not shared with: Google's refusal. */
  openById(id: string): FakeSpreadsheet {
    this.count('openById');
    this.env.requireAuthorization('SpreadsheetApp.openById', ['spreadsheets']);
    const ss = this.spreadsheets.get(String(id));
    if (!ss)
      throw new Error(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    ss.access.requireView(this.env.activeUser, NO_ACCESS);
    return ss;
  }

  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/d\/([^/]+)/.exec(url)?.[1];
    if (!id) throw new Error('Invalid argument: url');
    return this.openById(id);
  }

  /** create(name[, rows, columns]): owned by the user running the script; 1000 × 26 by default. */
  create(name: string, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): FakeSpreadsheet {
    this.count('create');
    this.env.requireAuthorization('SpreadsheetApp.create', ['spreadsheets']);
    return this._create(name, this.env.activeUser, rows, columns);
  }

  getUi(): FakeUi {
    this.count('getUi');
    this.env.requireScope('SpreadsheetApp.getUi', ['script.container.ui']);
    if (!this.env.uiAvailable)
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.count('newDataValidation');
    return new FakeDataValidationBuilder();
  }

  flush(): void {
    this.count('flush');
  }
}
