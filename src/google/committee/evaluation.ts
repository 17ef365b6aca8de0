/** The core's evaluation of the programme at today's date, from the sheets as they are now. */
import { evaluateProgramme } from '../../core/evaluate';
import type { Evaluation } from '../../core/results';
import type { ActionContext } from '../platform/action';
import { loadProgramme, type LoadedProgramme } from '../platform/programmeData';

export interface EvaluatedProgramme {
  loaded: LoadedProgramme;
  evaluation: Evaluation;
}

export function evaluateToday(ctx: ActionContext): EvaluatedProgramme {
  const { config, lock } = ctx.protocol();
  const loaded = loadProgramme(ctx.wb, config);
  const evaluation = evaluateProgramme(loaded.records, {
    asOf: ctx.today,
    config,
    importIssues: loaded.issues,
    lock,
  });
  return { loaded, evaluation };
}
