/**
 * An in-memory FormApp: forms with the item kinds Dyad uses, page breaks with choice
 * navigation, a spreadsheet destination, and responses a test submits as a respondent. A form
 * made by a script is unpublished until setPublished(true) and refuses respondents until then;
 * a submitted response lands in the linked "Form Responses N" sheet the way Google writes it (a
 * new row: Timestamp, Email address when collected, then each question), and the form-submit
 * triggers of every project fire, each as its creator.
 */
import { FakeUser, NO_ACCESS, emailOf, type FileAccess, type UserLike } from './access';
import { midnight } from './clock';
import type { FakeEnv } from './env';
import type { SheetSubmitEvent } from './script';
import { displayOf, type FakeSheet, type FakeSpreadsheetApp, type Value } from './spreadsheet';

/** FormApp.EmailCollectionType (https://developers.google.com/apps-script/reference/forms/email-collection-type). */
export const EMAIL_COLLECTION = {
  DO_NOT_COLLECT: 'DO_NOT_COLLECT',
  VERIFIED: 'VERIFIED',
  RESPONDER_INPUT: 'RESPONDER_INPUT',
} as const;
type EmailCollection = (typeof EMAIL_COLLECTION)[keyof typeof EMAIL_COLLECTION];

/** The response sheet's column of respondents' emails. */
export const EMAIL_COLUMN = 'Email address';
/** What a respondent meets on a form that is not published (harness wording). */
export const NOT_PUBLISHED = 'This form is not published: respondents cannot open it.';
/** What a respondent meets on a form that is closed (Google's respondent page). */
export const NOT_ACCEPTING = 'This form is no longer accepting responses.';

export const ITEM_TYPES = {
  TEXT: 'TEXT',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  CHECKBOX: 'CHECKBOX',
  LIST: 'LIST',
  SCALE: 'SCALE',
  DATE: 'DATE',
  PAGE_BREAK: 'PAGE_BREAK',
} as const;
type ItemType = (typeof ITEM_TYPES)[keyof typeof ITEM_TYPES];

export const PAGE_NAVIGATION = {
  CONTINUE: 'CONTINUE',
  GO_TO_PAGE: 'GO_TO_PAGE',
  RESTART: 'RESTART',
  SUBMIT: 'SUBMIT',
} as const;

export class FakeChoice {
  constructor(
    readonly value: string,
    readonly navigation: FakeItem | string | null,
  ) {}

  getValue(): string {
    return this.value;
  }

  getGotoPage(): FakeItem | null {
    return typeof this.navigation === 'object' ? this.navigation : null;
  }

  getPageNavigationType(): string {
    if (this.navigation === null) return PAGE_NAVIGATION.CONTINUE;
    return typeof this.navigation === 'string' ? this.navigation : PAGE_NAVIGATION.GO_TO_PAGE;
  }
}

export class FakeTextValidation {
  constructor(
    readonly rule: string,
    readonly helpText: string,
  ) {}
}

export class FakeTextValidationBuilder {
  private rule = '';
  private helpText = '';

  requireWholeNumber(): this {
    this.rule = 'WHOLE_NUMBER';
    return this;
  }

  requireNumber(): this {
    this.rule = 'NUMBER';
    return this;
  }

  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }

  build(): FakeTextValidation {
    return new FakeTextValidation(this.rule, this.helpText);
  }
}

/** One item of any kind; the kind decides which setters make sense (as asXItem() casts do). */
export class FakeItem {
  title = '';
  helpText = '';
  required = false;
  choices: FakeChoice[] = [];
  bounds: [number, number] = [1, 5];
  labels: [string, string] = ['', ''];
  validation: FakeTextValidation | null = null;

  constructor(
    private readonly form: FakeForm,
    readonly id: number,
    readonly type: ItemType,
  ) {}

  getId(): number {
    return this.id;
  }

  getType(): ItemType {
    return this.type;
  }

  getIndex(): number {
    return this.form.items.indexOf(this);
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  getHelpText(): string {
    return this.helpText;
  }

  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }

  isRequired(): boolean {
    return this.required;
  }

  setRequired(required: boolean): this {
    this.required = required;
    return this;
  }

  setChoiceValues(values: string[]): this {
    this.choices = values.map((v) => new FakeChoice(v, null));
    return this;
  }

  createChoice(value: string, navigation?: FakeItem | string): FakeChoice {
    return new FakeChoice(value, navigation ?? null);
  }

  setChoices(choices: FakeChoice[]): this {
    this.choices = [...choices];
    return this;
  }

  getChoices(): FakeChoice[] {
    return [...this.choices];
  }

  setBounds(lower: number, upper: number): this {
    this.bounds = [lower, upper];
    return this;
  }

  getLowerBound(): number {
    return this.bounds[0];
  }

  getUpperBound(): number {
    return this.bounds[1];
  }

  setLabels(lower: string, upper: string): this {
    this.labels = [lower, upper];
    return this;
  }

  getLeftLabel(): string {
    return this.labels[0];
  }

  getRightLabel(): string {
    return this.labels[1];
  }

  setValidation(validation: FakeTextValidation): this {
    this.validation = validation;
    return this;
  }

  asMultipleChoiceItem(): this {
    return this;
  }

  asCheckboxItem(): this {
    return this;
  }

  asListItem(): this {
    return this;
  }

  asScaleItem(): this {
    return this;
  }

  asPageBreakItem(): this {
    return this;
  }

  asTextItem(): this {
    return this;
  }
}

export type Answer = string | string[] | number;

export class FakeItemResponse {
  constructor(
    private readonly item: FakeItem,
    private readonly answer: string | string[],
  ) {}

  getItem(): FakeItem {
    return this.item;
  }

  getResponse(): string | string[] {
    return this.answer;
  }
}

export class FakeFormResponse {
  constructor(
    readonly id: string,
    readonly timestamp: Date,
    readonly email: string,
    readonly itemResponses: FakeItemResponse[],
  ) {}

  getId(): string {
    return this.id;
  }

  getTimestamp(): Date {
    return this.timestamp;
  }

  getRespondentEmail(): string {
    return this.email;
  }

  getItemResponses(): FakeItemResponse[] {
    return [...this.itemResponses];
  }
}

export class FakeForm {
  readonly items: FakeItem[] = [];
  readonly responses: FakeFormResponse[] = [];
  description = '';
  /** Forms created by a script start unpublished (the Forms publishing change, 2026). */
  published = false;
  acceptingResponses = true;
  emailCollection: EmailCollection = EMAIL_COLLECTION.DO_NOT_COLLECT;
  destinationId: string | null = null;
  responseSheet: FakeSheet | null = null;
  readonly access: FileAccess;
  private nextItemId = 1;

  constructor(
    private readonly env: FakeEnv,
    private readonly sheets: FakeSpreadsheetApp,
    readonly id: string,
    public title: string,
    owner: string,
  ) {
    this.access = env.registerFile(id, 'form', title, owner);
  }

  /** Whether the form collects respondents' emails (kept for tests written before the type). */
  get collectEmail(): boolean {
    return this.emailCollection !== EMAIL_COLLECTION.DO_NOT_COLLECT;
  }

  private add(type: ItemType): FakeItem {
    const item = new FakeItem(this, this.nextItemId++, type);
    this.items.push(item);
    return item;
  }

  getId(): string {
    return this.id;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  setDescription(text: string): this {
    this.description = text;
    return this;
  }

  /** setCollectEmail(true) collects verified emails; false stops collecting. */
  setCollectEmail(collect: boolean): this {
    if (!collect) this.emailCollection = EMAIL_COLLECTION.DO_NOT_COLLECT;
    else if (!this.collectEmail) this.emailCollection = EMAIL_COLLECTION.VERIFIED;
    return this;
  }

  collectsEmail(): boolean {
    return this.collectEmail;
  }

  setEmailCollectionType(type: EmailCollection): this {
    if (!Object.values(EMAIL_COLLECTION).includes(type))
      throw new Error(`Invalid argument: emailCollectionType`);
    this.emailCollection = type;
    return this;
  }

  getEmailCollectionType(): EmailCollection {
    return this.emailCollection;
  }

  /** Form.setPublished / isPublished: respondents can open only a published form. */
  setPublished(published: boolean): this {
    this.published = published;
    return this;
  }

  isPublished(): boolean {
    return this.published;
  }

  setAcceptingResponses(accepting: boolean): this {
    this.acceptingResponses = accepting;
    return this;
  }

  isAcceptingResponses(): boolean {
    return this.acceptingResponses;
  }

  /** Form sharing: editors only (a form's respondents need no share). Editors may share. */
  addEditor(user: UserLike): this {
    this.access.requireEdit(this.env.activeUser);
    this.access.addEditor(emailOf(user));
    return this;
  }

  addEditors(emails: string[]): this {
    for (const email of emails) this.addEditor(email);
    return this;
  }

  removeEditor(user: UserLike): this {
    this.access.requireEdit(this.env.activeUser);
    this.access.removeEditor(emailOf(user));
    return this;
  }

  getEditors(): FakeUser[] {
    if (!this.access.canEdit(this.env.activeUser)) return [];
    return this.access.editors().map((email) => new FakeUser(email));
  }

  setAllowResponseEdits(): this {
    return this;
  }

  setConfirmationMessage(): this {
    return this;
  }

  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.id}-published/viewform`;
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  getItems(): FakeItem[] {
    return [...this.items];
  }

  moveItem(from: number, to: number): FakeItem {
    const [item] = this.items.splice(from, 1);
    this.items.splice(to, 0, item);
    return item;
  }

  addTextItem(): FakeItem {
    return this.add(ITEM_TYPES.TEXT);
  }

  addParagraphTextItem(): FakeItem {
    return this.add(ITEM_TYPES.PARAGRAPH_TEXT);
  }

  addMultipleChoiceItem(): FakeItem {
    return this.add(ITEM_TYPES.MULTIPLE_CHOICE);
  }

  addCheckboxItem(): FakeItem {
    return this.add(ITEM_TYPES.CHECKBOX);
  }

  addListItem(): FakeItem {
    return this.add(ITEM_TYPES.LIST);
  }

  addScaleItem(): FakeItem {
    return this.add(ITEM_TYPES.SCALE);
  }

  addDateItem(): FakeItem {
    return this.add(ITEM_TYPES.DATE);
  }

  addPageBreakItem(): FakeItem {
    return this.add(ITEM_TYPES.PAGE_BREAK);
  }

  getDestinationId(): string {
    if (this.destinationId === null) throw new Error('This form has no response destination.');
    return this.destinationId;
  }

  getDestinationType(): string {
    if (this.destinationId === null) throw new Error('This form has no response destination.');
    return 'SPREADSHEET';
  }

  /**
   * Links the form: Google adds a new "Form Responses N" sheet (N the next free number, so the
   * script cannot know its name in advance), as wide as its header, and writes the header.
   */
  setDestination(_type: string, spreadsheetId: string): this {
    const ss = this.sheets.spreadsheets.get(String(spreadsheetId));
    if (!ss) throw new Error('No item with the given ID could be found.');
    ss.access.requireView(this.env.activeUser, NO_ACCESS);
    ss.access.requireEdit(this.env.activeUser);
    this.unlink();
    this.destinationId = ss.id;
    this.env.asSystem(() => {
      let n = 1;
      while (ss._sheetNamed(`Form Responses ${n}`)) n++;
      const header = this.header();
      const sheet = ss._addSheet(`Form Responses ${n}`, 1000, header.length);
      sheet.formUrl = this.getPublishedUrl();
      sheet._writeRowAsSystem(1, header);
      this.responseSheet = sheet;
    });
    return this;
  }

  /** removeDestination: the sheet stays, no longer linked. */
  removeDestination(): this {
    this.unlink();
    return this;
  }

  private unlink(): void {
    if (this.responseSheet) this.responseSheet.formUrl = null;
    this.responseSheet = null;
    this.destinationId = null;
  }

  deleteAllResponses(): this {
    this.responses.length = 0;
    return this;
  }

  getResponses(): FakeFormResponse[] {
    return [...this.responses];
  }

  private questions(): FakeItem[] {
    return this.items.filter((item) => item.type !== ITEM_TYPES.PAGE_BREAK);
  }

  private header(): string[] {
    return [
      'Timestamp',
      ...(this.collectEmail ? [EMAIL_COLUMN] : []),
      ...this.questions().map((i) => i.title),
    ];
  }

  /** The items a respondent sees, page by page, given their choices (Forms' section navigation). */
  private visibleItems(answers: Map<FakeItem, Answer>): Set<FakeItem> {
    const pages: FakeItem[][] = [[]];
    const breaks: FakeItem[] = [];
    for (const item of this.items) {
      if (item.type === ITEM_TYPES.PAGE_BREAK) {
        breaks.push(item);
        pages.push([]);
      } else pages[pages.length - 1].push(item);
    }
    const visible = new Set<FakeItem>();
    let page = 0;
    for (let steps = 0; page < pages.length && steps <= pages.length; steps++) {
      pages[page].forEach((item) => visible.add(item));
      let next: number | 'submit' = page + 1;
      for (const item of pages[page]) {
        const chosen = item.choices.find((c) => c.value === answers.get(item));
        if (chosen && chosen.navigation !== null) {
          next =
            typeof chosen.navigation === 'string'
              ? chosen.navigation === PAGE_NAVIGATION.SUBMIT
                ? 'submit'
                : next
              : breaks.indexOf(chosen.navigation) + 1;
        }
      }
      if (next === 'submit') break;
      page = next;
    }
    return visible;
  }

  private check(item: FakeItem, answer: Answer): string | string[] {
    const values = Array.isArray(answer) ? answer : [String(answer)];
    if (item.type === ITEM_TYPES.CHECKBOX) {
      for (const v of values)
        if (!item.choices.some((c) => c.value === v))
          throw new Error(`"${v}" is not an option of "${item.title}"`);
      return values;
    }
    const value = values[0];
    if (
      [ITEM_TYPES.MULTIPLE_CHOICE, ITEM_TYPES.LIST].includes(item.type as 'LIST') &&
      !item.choices.some((c) => c.value === value)
    ) {
      throw new Error(`"${value}" is not an option of "${item.title}"`);
    }
    if (item.type === ITEM_TYPES.SCALE) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < item.bounds[0] || n > item.bounds[1])
        throw new Error(`${value} is outside the scale of "${item.title}"`);
    }
    if (item.type === ITEM_TYPES.DATE && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new Error(`"${value}" is not a date for "${item.title}"`);
    if (item.validation?.rule === 'WHOLE_NUMBER' && !/^\d+$/.test(value))
      throw new Error(`"${value}" is not a whole number for "${item.title}"`);
    return value;
  }

  /** How Google writes an answer into the response sheet. */
  private sheetValue(item: FakeItem, answer: string | string[]): Value {
    if (Array.isArray(answer)) return answer.join(', ');
    if (item.type === ITEM_TYPES.SCALE) return Number(answer);
    if (item.type === ITEM_TYPES.DATE) return midnight(answer, this.env.timeZone);
    return answer;
  }

  /** A respondent submits the form (a test helper, not an Apps Script method). */
  _submit(
    email: string,
    answersByTitle: Record<string, Answer>,
    at: Date = this.env.now,
  ): FakeFormResponse {
    if (!this.published) throw new Error(NOT_PUBLISHED);
    if (!this.acceptingResponses) throw new Error(NOT_ACCEPTING);
    const answers = new Map<FakeItem, Answer>();
    for (const [title, answer] of Object.entries(answersByTitle)) {
      const item = this.questions().find((i) => i.title === title);
      if (!item) throw new Error(`The form "${this.title}" has no question "${title}"`);
      if (answer !== '' && !(Array.isArray(answer) && answer.length === 0))
        answers.set(item, answer);
    }
    const visible = this.visibleItems(answers);
    for (const item of this.questions()) {
      if (answers.has(item) && !visible.has(item))
        throw new Error(`"${item.title}" is on a page this respondent never sees`);
      if (item.required && visible.has(item) && !answers.has(item))
        throw new Error(`"${item.title}" is required`);
    }
    const itemResponses = this.questions()
      .filter((item) => answers.has(item))
      .map((item) => new FakeItemResponse(item, this.check(item, answers.get(item) as Answer)));
    const response = new FakeFormResponse(
      this.env.id('resp'),
      new Date(at.getTime()),
      this.collectEmail ? email : '',
      itemResponses,
    );
    this.responses.push(response);
    const sheetEvent = this.responseSheet ? this.appendToSheet(this.responseSheet, response) : null;
    for (const project of this.env.projects) project._fireFormSubmit(this, response, sheetEvent);
    return response;
  }

  /** Google's row in the response sheet; questions added since linking get new columns at the end. */
  private appendToSheet(sheet: FakeSheet, response: FakeFormResponse): SheetSubmitEvent {
    return this.env.asSystem(() => {
      const header = sheet._allValues()[0]?.map(String) ?? [];
      const added = this.header().filter((title) => !header.includes(title));
      if (added.length > 0) {
        header.push(...added);
        sheet._writeRowAsSystem(1, header);
      }
      const row: Value[] = header.map(() => '');
      row[0] = response.timestamp;
      if (this.collectEmail) row[header.indexOf(EMAIL_COLUMN)] = response.email;
      for (const r of response.itemResponses)
        row[header.indexOf(r.getItem().title)] = this.sheetValue(r.getItem(), r.getResponse());
      const at = sheet._lastRow() + 1;
      sheet._writeRowAsSystem(at, row);
      const values = row.map((_, i) => displayOf(sheet._cellData(at, i + 1), this.env.timeZone));
      const namedValues = Object.fromEntries(header.map((title, i) => [title, [values[i]]]));
      return {
        spreadsheetId: sheet.parent.id,
        range: sheet._rangeOf({ row: at, column: 1, numRows: 1, numColumns: header.length }),
        values,
        namedValues,
      };
    });
  }
}

export class FakeFormApp {
  readonly forms = new Map<string, FakeForm>();
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' };
  readonly PageNavigationType = PAGE_NAVIGATION;
  readonly ItemType = ITEM_TYPES;
  readonly EmailCollectionType = EMAIL_COLLECTION;

  constructor(
    private readonly env: FakeEnv,
    private readonly sheets: FakeSpreadsheetApp,
  ) {}

  /** FormApp.create: the form belongs to the user running the script, and is not published. */
  create(title: string): FakeForm {
    this.env.requireAuthorization('FormApp.create', ['forms']);
    const form = new FakeForm(
      this.env,
      this.sheets,
      this.env.id('form'),
      title,
      this.env.activeUser,
    );
    this.forms.set(form.id, form);
    return form;
  }

  /** openById by anyone who is not an editor of the form: Google's refusal. */
  openById(id: string): FakeForm {
    this.env.requireAuthorization('FormApp.openById', ['forms']);
    const form = this.forms.get(String(id));
    if (!form) throw new Error('No item with the given ID could be found.');
    if (!form.access.canEdit(this.env.activeUser)) throw new Error(NO_ACCESS);
    return form;
  }

  openByUrl(url: string): FakeForm {
    const id = /\/d\/(?:e\/)?([^/]+?)(?:-published)?\//.exec(url)?.[1];
    if (!id) throw new Error('Invalid argument: url');
    return this.openById(id);
  }

  createTextValidation(): FakeTextValidationBuilder {
    return new FakeTextValidationBuilder();
  }

  /** The form a test fills, found by title (test helper; the newest if several share it). */
  _byTitle(title: string): FakeForm {
    const found = [...this.forms.values()].filter((f) => f.title === title);
    if (found.length === 0) throw new Error(`No form titled "${title}"`);
    return found[found.length - 1];
  }
}
