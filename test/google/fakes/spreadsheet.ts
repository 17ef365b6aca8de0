/**
 * An in-memory SpreadsheetApp: spreadsheets, sheets and ranges that behave like Google's where
 * Dyad depends on it. What a script writes is parsed as if typed (USER_ENTERED): a leading
 * apostrophe keeps text as it is, "=…" and "+/-/@…" that are not numbers become formulas even
 * in a plain-text cell, and outside plain-text cells numbers, booleans and UK dates are
 * converted. Every public method counts one spreadsheet service call.
 */
import { formatDate, parseUkDate } from './clock';
import type { FakeEnv } from './env';

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

function displayOf(cell: CellData, timeZone: string): string {
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
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(
        `Those coordinates are out of bounds: ${row}, ${column}, ${numRows}, ${numColumns}`,
      );
    }
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
    this.env.checkWrite(`${what} on ${this.sheet.name}`);
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
}

export class FakeSheet {
  /** Rows of cells, 0-based; grown on write. */
  private readonly cells: CellData[][] = [];
  private frozenRows = 0;
  private readonly charts: FakeChart[] = [];
  hidden = false;
  /** The form that writes its responses here (set by the fake FormApp). */
  formUrl: string | null = null;

  constructor(
    private readonly env: FakeEnv,
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {}

  private count(method: string): void {
    this.env.spreadsheetCalls.count(`Sheet.${method}`);
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

  /** Google's own write of one row (form responses), parsed as values, not typed input. */
  _writeRowAsSystem(row: number, values: Value[]): void {
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

  getName(): string {
    this.count('getName');
    return this.name;
  }

  setName(name: string): this {
    this.count('setName');
    if (this.parent._sheetNamed(name) && name !== this.name)
      throw new Error(`A sheet with the name "${name}" already exists.`);
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

  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    this.count('getRange');
    return new FakeRange(this.env, this, row, column, numRows, numColumns);
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
    return Math.max(1000, this.cells.length);
  }

  appendRow(values: unknown[]): this {
    this.count('appendRow');
    this.env.checkWrite(`appendRow on ${this.name}`);
    const row = this._lastRow() + 1;
    values.forEach((value, i) => enterValue(this._cell(row, i + 1), value, this.env.timeZone));
    return this;
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.frozenRows;
  }

  clear(): this {
    this.count('clear');
    this.env.checkWrite(`clear on ${this.name}`);
    this.cells.length = 0;
    return this;
  }

  clearContents(): this {
    this.count('clearContents');
    this.env.checkWrite(`clearContents on ${this.name}`);
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
    this.hidden = true;
    return this;
  }

  newChart(): FakeChartBuilder {
    this.count('newChart');
    return new FakeChartBuilder();
  }

  insertChart(chart: FakeChart): void {
    this.count('insertChart');
    this.env.checkWrite(`insertChart on ${this.name}`);
    this.charts.push(chart);
  }

  getCharts(): FakeChart[] {
    this.count('getCharts');
    return [...this.charts];
  }

  removeChart(chart: FakeChart): void {
    this.count('removeChart');
    this.env.checkWrite(`removeChart on ${this.name}`);
    const index = this.charts.indexOf(chart);
    if (index >= 0) this.charts.splice(index, 1);
  }
}

export class FakeUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export interface Toast {
  message: string;
  title: string;
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly viewers: string[] = [];
  readonly editors: string[] = [];
  readonly toasts: Toast[] = [];
  private nextSheetId = 0;

  constructor(
    private readonly env: FakeEnv,
    readonly id: string,
    public name: string,
    readonly owner: string,
  ) {}

  private count(method: string): void {
    this.env.spreadsheetCalls.count(`Spreadsheet.${method}`);
  }

  _sheetNamed(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  _addSheet(name: string): FakeSheet {
    if (this._sheetNamed(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this.env, this, name, this.nextSheetId++);
    this.sheets.push(sheet);
    return sheet;
  }

  getId(): string {
    this.count('getId');
    return this.id;
  }

  getName(): string {
    this.count('getName');
    return this.name;
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

  insertSheet(name?: string): FakeSheet {
    this.count('insertSheet');
    this.env.checkWrite('insertSheet');
    return this._addSheet(name ?? `Sheet${this.sheets.length + 1}`);
  }

  deleteSheet(sheet: FakeSheet): void {
    this.count('deleteSheet');
    this.env.checkWrite('deleteSheet');
    if (this.sheets.length === 1)
      throw new Error('You cannot delete the only sheet of a spreadsheet.');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }

  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.env.timeZone;
  }

  toast(message: string, title = ''): void {
    this.count('toast');
    this.toasts.push({ message, title });
  }

  addViewer(email: string): this {
    this.count('addViewer');
    if (!this.viewers.includes(email)) this.viewers.push(email);
    return this;
  }

  addViewers(emails: string[]): this {
    this.count('addViewers');
    for (const email of emails) if (!this.viewers.includes(email)) this.viewers.push(email);
    return this;
  }

  getViewers(): FakeUser[] {
    this.count('getViewers');
    return [...this.viewers, ...this.editors, this.owner].map((email) => new FakeUser(email));
  }

  getEditors(): FakeUser[] {
    this.count('getEditors');
    return [...this.editors, this.owner].map((email) => new FakeUser(email));
  }

  getOwner(): FakeUser {
    this.count('getOwner');
    return new FakeUser(this.owner);
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
}

export class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly alerts: string[] = [];
  readonly shown: HtmlShown[] = [];
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

  alert(titleOrMessage: string, message?: string): string {
    this.count('alert');
    this.alerts.push(message ?? titleOrMessage);
    return this.Button.OK;
  }

  showSidebar(output: { getContent(): string; getTitle(): string }): void {
    this.count('showSidebar');
    this.shown.push({ kind: 'sidebar', title: output.getTitle(), content: output.getContent() });
  }

  showModalDialog(output: { getContent(): string }, title: string): void {
    this.count('showModalDialog');
    this.shown.push({ kind: 'dialog', title, content: output.getContent() });
  }
}

export class FakeSpreadsheetApp {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly ui: FakeUi;
  active: FakeSpreadsheet | null = null;
  readonly DataValidationCriteria = { CHECKBOX: 'CHECKBOX', VALUE_IN_LIST: 'VALUE_IN_LIST' };

  constructor(private readonly env: FakeEnv) {
    this.ui = new FakeUi(env);
  }

  private count(method: string): void {
    this.env.spreadsheetCalls.count(`SpreadsheetApp.${method}`);
  }

  /** A spreadsheet owned by `owner` with one empty sheet (not a counted call). */
  _create(name: string, owner: string): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(this.env, this.env.id('ss'), name, owner);
    ss._addSheet('Sheet1');
    this.spreadsheets.set(ss.id, ss);
    return ss;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.count('getActiveSpreadsheet');
    if (this.active === null) throw new Error('No active spreadsheet');
    return this.active;
  }

  getActive(): FakeSpreadsheet {
    return this.getActiveSpreadsheet();
  }

  openById(id: string): FakeSpreadsheet {
    this.count('openById');
    const ss = this.spreadsheets.get(id);
    if (!ss)
      throw new Error(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return ss;
  }

  create(name: string): FakeSpreadsheet {
    this.count('create');
    return this._create(name, this.env.activeUser);
  }

  getUi(): FakeUi {
    this.count('getUi');
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
