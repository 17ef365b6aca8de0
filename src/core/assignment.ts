/**
 * Exact optimal assignment of mentees (rows) to mentors (columns with capacities), protocol §4.
 *
 * Algorithm: the Hungarian method as shortest augmenting paths with row and column potentials
 * (Jonker–Volgenant / Crouse formulation). Each mentor is expanded into `capacity` identical
 * places and each row has a private "unassigned" column of cost 0, which is handled implicitly.
 * Chosen over min-cost flow because it is the textbook dense O(n²m) method, needs no graph
 * structures and runs on flat typed arrays.
 *
 * Objective: cost = −(gain·(R+1) + 1) for allowed cells, R = number of rows. Since at most R rows
 * are assigned, the +1 per assignment never outweighs one unit of gain: the solution maximises
 * the total gain and, among those, the number of assigned rows. All arithmetic stays on integers
 * below 2^53, so the result is exact.
 *
 * Tie rule (deterministic; the result depends only on the input): rows are placed in row order;
 * each row's search extends the shortest path in reduced cost, and at equal length takes a free
 * place before an occupied one, then the lowest-numbered column, and ends on "unassigned" only
 * when that is strictly shorter than the best place (or equal to an occupied one). Earlier rows
 * therefore keep their columns unless moving them strictly improves the objective.
 */

export interface AssignmentProblem {
  /** gains[i][j]: non-negative safe integer gain of giving row i to column j, or null = forbidden. */
  gains: ReadonlyArray<ReadonlyArray<number | null>>;
  /** capacities[j]: non-negative integer places of column j. */
  capacities: ReadonlyArray<number>;
}

export interface AssignmentSolution {
  /** columnOf[i]: the column given to row i, or null when row i stays unassigned. */
  columnOf: (number | null)[];
  /** Sum of the gains of the chosen cells. */
  total: number;
}

const FREE = -1;
const NONE = -1;

/** Expanded problem: one column per place, costs in a flat row-major matrix over mentors. */
interface Expanded {
  rows: number;
  columns: number;
  /** cost[i * columns + j]: integer cost, or Infinity when forbidden. */
  cost: Float64Array;
  places: number;
  /** placeColumn[s]: the original column of place s. */
  placeColumn: Int32Array;
}

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  validate(problem);
  const rows = problem.gains.length;
  if (rows === 0) return { columnOf: [], total: 0 };
  const expanded = expand(problem);
  const placeOfRow = assignRows(expanded);
  const columnOf = Array.from(placeOfRow, (place) =>
    place === NONE ? null : expanded.placeColumn[place],
  );
  const total = columnOf.reduce<number>(
    (sum, column, row) => (column === null ? sum : sum + (problem.gains[row][column] ?? 0)),
    0,
  );
  return { columnOf, total };
}

function validate(problem: AssignmentProblem): void {
  const { gains, capacities } = problem;
  capacities.forEach((capacity, column) => {
    if (!Number.isSafeInteger(capacity) || capacity < 0) {
      throw new RangeError(
        `Capacity of column ${column} must be a non-negative integer, got ${capacity}.`,
      );
    }
  });
  gains.forEach((row, i) => {
    if (row.length !== capacities.length) {
      throw new RangeError(
        `Row ${i} has ${row.length} gains but there are ${capacities.length} columns.`,
      );
    }
    row.forEach((gain, j) => {
      if (gain !== null && (!Number.isSafeInteger(gain) || gain < 0)) {
        throw new RangeError(
          `Gain of row ${i}, column ${j} must be a non-negative safe integer or null, got ${gain}.`,
        );
      }
    });
  });
}

/** The problem is too large for exact integer arithmetic: refused before any work starts. */
export class AssignmentTooLargeError extends RangeError {
  constructor(
    readonly rows: number,
    /** The most rows these gains allow. */
    readonly maxRows: number,
  ) {
    super(
      `${rows} rows are too many to assign exactly with these gains: at most ${maxRows} can be assigned at once.`,
    );
  }
}

/** Largest R with (2R + 2)·(g·(R + 1) + 1) a safe integer, for the largest gain g. */
export function maxExactRows(maxGain: number): number {
  const fits = (r: number): boolean => {
    const maxCost = maxGain * (r + 1) + 1;
    return Number.isSafeInteger(maxCost) && Number.isSafeInteger((2 * r + 2) * maxCost);
  };
  let low = 0;
  let high = 1;
  while (fits(high) && high < Number.MAX_SAFE_INTEGER / 4) high *= 2;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * Potentials move by at most the largest |cost| C per row placed, so every intermediate value is
 * bounded by (2R + 2)·C; it must stay an exact integer in a double.
 */
function checkBound(rows: number, maxGain: number): number {
  const limit = maxExactRows(maxGain);
  if (rows > limit) throw new AssignmentTooLargeError(rows, limit);
  return rows + 1;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The greatest common divisor of the gains: dividing by it changes no optimum and widens the range. */
export function gainDivisor(gains: AssignmentProblem['gains']): number {
  let divisor = 0;
  for (const row of gains)
    for (const gain of row) if (gain !== null && gain > 0) divisor = gcd(gain, divisor);
  return divisor === 0 ? 1 : divisor;
}

function expand(problem: AssignmentProblem): Expanded {
  const { gains, capacities } = problem;
  const rows = gains.length;
  const columns = capacities.length;
  const divisor = gainDivisor(gains);
  let maxGain = 0;
  for (const row of gains)
    for (const gain of row) if (gain !== null && gain / divisor > maxGain) maxGain = gain / divisor;
  const scale = checkBound(rows, maxGain);

  const cost = new Float64Array(rows * columns);
  gains.forEach((row, i) => {
    row.forEach((gain, j) => {
      cost[i * columns + j] = gain === null ? Infinity : -((gain / divisor) * scale + 1);
    });
  });

  // More places than rows are never used, so a column needs at most `rows` of them.
  let places = 0;
  for (const capacity of capacities) places += Math.min(capacity, rows);
  const placeColumn = new Int32Array(places);
  let next = 0;
  capacities.forEach((capacity, j) => {
    for (let k = 0; k < Math.min(capacity, rows); k++) placeColumn[next++] = j;
  });
  return { rows, columns, cost, places, placeColumn };
}

/** Runs one shortest-augmenting-path phase per row; returns the place of each row or NONE. */
function assignRows(problem: Expanded): Int32Array {
  const { rows, places } = problem;
  const state: SolverState = {
    problem,
    rowPotential: new Float64Array(rows),
    placePotential: new Float64Array(places),
    placeOfRow: new Int32Array(rows).fill(NONE),
    rowOfPlace: new Int32Array(places).fill(FREE),
    distance: new Float64Array(places),
    cameFrom: new Int32Array(places),
    visited: new Uint8Array(places),
    treeRows: new Int32Array(rows),
    treePlaces: new Int32Array(places),
  };
  for (let row = 0; row < rows; row++) augmentFrom(state, row);
  return state.placeOfRow;
}

interface SolverState {
  problem: Expanded;
  rowPotential: Float64Array;
  placePotential: Float64Array;
  placeOfRow: Int32Array;
  rowOfPlace: Int32Array;
  /** Shortest reduced distance from the phase's root row to each place. */
  distance: Float64Array;
  /** The tree row from which each place was last reached. */
  cameFrom: Int32Array;
  visited: Uint8Array;
  treeRows: Int32Array;
  treePlaces: Int32Array;
}

/** Dijkstra over places from `root`; the path ends at a free place or at a tree row's own "unassigned". */
function augmentFrom(state: SolverState, root: number): void {
  const {
    problem,
    rowPotential: u,
    placePotential: v,
    rowOfPlace,
    distance,
    cameFrom,
    visited,
  } = state;
  const { cost, columns, places, placeColumn } = problem;
  distance.fill(Infinity);
  let treeRowCount = 0;
  let treePlaceCount = 0;
  let shortest = 0;
  let bestDummyDistance = Infinity;
  let bestDummyRow = NONE;
  let row = root;
  let sinkPlace = NONE;

  for (;;) {
    state.treeRows[treeRowCount++] = row;
    const dummyDistance = shortest - u[row];
    if (dummyDistance < bestDummyDistance) {
      bestDummyDistance = dummyDistance;
      bestDummyRow = row;
    }
    const base = row * columns;
    const offset = shortest - u[row];
    let lowest = Infinity;
    let best = NONE;
    for (let s = 0; s < places; s++) {
      if (visited[s] === 1) continue;
      const reduced = offset + cost[base + placeColumn[s]] - v[s];
      if (reduced < distance[s]) {
        distance[s] = reduced;
        cameFrom[s] = row;
      }
      const d = distance[s];
      if (d < lowest || (d === lowest && rowOfPlace[s] === FREE && rowOfPlace[best] !== FREE)) {
        lowest = d;
        best = s;
      }
    }
    if (bestDummyDistance < lowest || (bestDummyDistance === lowest && rowOfPlace[best] !== FREE)) {
      shortest = bestDummyDistance;
      break;
    }
    shortest = lowest;
    visited[best] = 1;
    state.treePlaces[treePlaceCount++] = best;
    if (rowOfPlace[best] === FREE) {
      sinkPlace = best;
      break;
    }
    row = rowOfPlace[best];
  }

  updatePotentials(state, root, shortest, treeRowCount, treePlaceCount);
  for (let k = 0; k < treePlaceCount; k++) visited[state.treePlaces[k]] = 0;
  if (sinkPlace === NONE) unassignAndShift(state, bestDummyRow, root);
  else shiftAlong(state, sinkPlace, root);
}

function updatePotentials(
  state: SolverState,
  root: number,
  shortest: number,
  treeRowCount: number,
  treePlaceCount: number,
): void {
  const { rowPotential: u, placePotential: v, placeOfRow, distance } = state;
  u[root] += shortest;
  for (let k = 1; k < treeRowCount; k++) {
    const row = state.treeRows[k];
    u[row] += shortest - distance[placeOfRow[row]];
  }
  for (let k = 0; k < treePlaceCount; k++) {
    const place = state.treePlaces[k];
    v[place] -= shortest - distance[place];
  }
}

/** The path ends with `row` giving up its place (if any) to become unassigned. */
function unassignAndShift(state: SolverState, row: number, root: number): void {
  const freed = state.placeOfRow[row];
  state.placeOfRow[row] = NONE;
  if (row !== root) shiftAlong(state, freed, root);
}

/** Moves each row on the path back from `place` to the root one step along. */
function shiftAlong(state: SolverState, place: number, root: number): void {
  let target = place;
  for (;;) {
    const row = state.cameFrom[target];
    state.rowOfPlace[target] = row;
    const previous = state.placeOfRow[row];
    state.placeOfRow[row] = target;
    if (row === root) return;
    target = previous;
  }
}
