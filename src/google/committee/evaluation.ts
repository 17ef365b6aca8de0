/** The core's evaluation of the programme at today's date, from the sheets as they are now. */
import { evaluateProgramme } from '../../core/evaluate';
import type { Evaluation } from '../../core/results';
import type { ActionContext } from '../platform/action';
import { loadProgramme, type LoadedProgramme } from '../platform/programmeData';

export interface EvaluatedProgramme {
  loaded: LoadedProgramme;
  evaluation: Evaluation;
}

/** The evaluation of sheets already read. */
export function evaluateLoaded(ctx: ActionContext, loaded: LoadedProgramme): Evaluation {
  const { config, lock } = ctx.protocol();
  return evaluateProgramme(loaded.records, {
    asOf: ctx.today,
    config,
    importIssues: loaded.issues,
    lock,
  });
}

export function evaluateToday(ctx: ActionContext): EvaluatedProgramme {
  const loaded = loadProgramme(ctx.wb, ctx.protocol().config);
  return { loaded, evaluation: evaluateLoaded(ctx, loaded) };
}
