/** Builds the instruments as Google Forms (FormApp) and links each to the programme spreadsheet. */
import { SCALE } from '../../core/instruments';
import type { FormSpec, ItemSpec } from './formSpecs';

type Form = GoogleAppsScript.Forms.Form;

function addScale(form: Form, item: Extract<ItemSpec, { kind: 'scale' }>): void {
  form
    .addScaleItem()
    .setTitle(item.title)
    .setBounds(SCALE.min, SCALE.max)
    .setLabels(SCALE.lowLabel, SCALE.highLabel)
    .setRequired(item.required === true);
}

function addText(form: Form, item: Extract<ItemSpec, { kind: 'text' }>): void {
  const text = form
    .addTextItem()
    .setTitle(item.title)
    .setRequired(item.required === true);
  if (item.wholeNumber) {
    text.setValidation(
      FormApp.createTextValidation()
        .setHelpText('A whole number of months, for example 18.')
        .requireWholeNumber()
        .build(),
    );
  }
}

/**
 * A multiple-choice item. The check-in's meeting question sends the pulse meeting to the
 * wellbeing page and every other meeting straight to submission.
 */
function addChoice(
  form: Form,
  item: Extract<ItemSpec, { kind: 'choice' }>,
  pulsePage: GoogleAppsScript.Forms.PageBreakItem | null,
): void {
  const choice = form
    .addMultipleChoiceItem()
    .setTitle(item.title)
    .setRequired(item.required === true);
  if (item.pulseFor !== undefined && pulsePage !== null) {
    choice.setChoices(
      item.options.map((option) =>
        option === item.pulseFor
          ? choice.createChoice(option, pulsePage)
          : choice.createChoice(option, FormApp.PageNavigationType.SUBMIT),
      ),
    );
  } else {
    choice.setChoiceValues([...item.options]);
  }
}

function addItem(
  form: Form,
  item: ItemSpec,
  pulsePage: GoogleAppsScript.Forms.PageBreakItem | null,
): void {
  switch (item.kind) {
    case 'text':
      return addText(form, item);
    case 'paragraph':
      form
        .addParagraphTextItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '');
      return;
    case 'choice':
      return addChoice(form, item, pulsePage);
    case 'list':
      form
        .addListItem()
        .setTitle(item.title)
        .setChoiceValues([...item.options])
        .setRequired(item.required === true);
      return;
    case 'checkbox':
      form
        .addCheckboxItem()
        .setTitle(item.title)
        .setChoiceValues([...item.options])
        .setRequired(item.required === true);
      return;
    case 'scale':
      return addScale(form, item);
    case 'date':
      form
        .addDateItem()
        .setTitle(item.title)
        .setRequired(item.required === true);
      return;
    case 'page':
      return; // page breaks are placed by buildForm, which needs them before the choices that point at them
  }
}

/**
 * Fills an empty form item by item. A page break must exist before a choice can point at it, so
 * the first page break is created up front and moved into place once the items before it exist.
 */
export function fillForm(form: Form, spec: FormSpec): void {
  form.setDescription(spec.description).setCollectEmail(true).setAllowResponseEdits(false);
  const pageIndex = spec.items.findIndex((item) => item.kind === 'page');
  const pageSpec = pageIndex >= 0 ? spec.items[pageIndex] : null;
  const page =
    pageSpec?.kind === 'page'
      ? form
          .addPageBreakItem()
          .setTitle(pageSpec.title)
          .setHelpText(pageSpec.help ?? '')
      : null;
  spec.items.forEach((item, index) => {
    if (index === pageIndex && page !== null)
      form.moveItem(page.getIndex(), form.getItems().length - 1);
    else addItem(form, item, page);
  });
}

/** Removes every item of a form an interrupted Set up left half made, so it can be filled again. */
export function emptyForm(form: Form): void {
  for (const item of form.getItems()) form.deleteItem(item);
}

/** Form methods newer than the type definitions: Google's publishing of forms made by script. */
interface Publishing {
  setPublished?(published: boolean): unknown;
  isPublished?(): boolean;
}

/**
 * Whether respondents can open the form. Since Google's Forms change, a form made by a script
 * is unpublished, and accepts nothing, until it is published.
 */
export function isPublished(form: Form): boolean {
  const publishing = form as unknown as Publishing;
  return typeof publishing.isPublished === 'function' ? publishing.isPublished() : true;
}

/** Publishes the form, opens it to responses and makes it collect emails; true when anything changed. */
export function openToResponses(form: Form): boolean {
  let changed = false;
  const publishing = form as unknown as Publishing;
  if (!isPublished(form) && typeof publishing.setPublished === 'function') {
    publishing.setPublished(true);
    changed = true;
  }
  if (!form.isAcceptingResponses()) {
    form.setAcceptingResponses(true);
    changed = true;
  }
  if (!form.collectsEmail()) {
    form.setCollectEmail(true);
    changed = true;
  }
  return changed;
}

/** Whether a response sheet's linked form URL names this form. */
export function isLinkedTo(formUrl: string | null, form: Form): boolean {
  if (!formUrl) return false;
  const trim = (url: string) => url.replace(/[?#].*$/, '').replace(/\/(viewform|edit)$/, '');
  return formUrl.includes(form.getId()) || trim(formUrl) === trim(form.getPublishedUrl());
}

/** The id of the spreadsheet the form answers into, or '' when it has none (Google then throws). */
export function destinationOf(form: Form): string {
  try {
    return form.getDestinationId();
  } catch {
    return '';
  }
}
