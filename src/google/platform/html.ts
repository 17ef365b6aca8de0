/** Sidebars and dialogs from the HTML templates (HtmlService escapes every `<?= ?>` value). */
export type TemplateValues = Record<string, string>;

function render(file: string, values: TemplateValues): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplateFromFile(file);
  Object.assign(template, values);
  return template.evaluate();
}

export function showSidebar(file: string, title: string, values: TemplateValues): void {
  SpreadsheetApp.getUi().showSidebar(render(file, values).setTitle(title));
}

export function showDialog(
  file: string,
  title: string,
  values: TemplateValues,
  height = 480,
): void {
  SpreadsheetApp.getUi().showModalDialog(
    render(file, values).setWidth(420).setHeight(height),
    title,
  );
}
