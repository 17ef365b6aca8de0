import fc from 'fast-check';
import {
  gainDivisor,
  maxExactRows,
  solveAssignment,
  type AssignmentProblem,
  type AssignmentSolution,
} from '../../src/core/assignment';

type Gain = number | null;

interface Best {
  total: number;
  assigned: number;
}

const better = (a: Best, b: Best): boolean =>
  a.total > b.total || (a.total === b.total && a.assigned > b.assigned);

/** Every feasible assignment, tried one by one; the best (total, then assigned rows). */
function bruteForce(problem: AssignmentProblem): Best {
  const left = [...problem.capacities];
  let best: Best = { total: 0, assigned: 0 };
  const visit = (row: number, total: number, assigned: number): void => {
    if (row === problem.gains.length) {
      if (better({ total, assigned }, best)) best = { total, assigned };
      return;
    }
    visit(row + 1, total, assigned);
    problem.gains[row].forEach((gain, column) => {
      if (gain === null || left[column] === 0) return;
      left[column]--;
      visit(row + 1, total + gain, assigned + 1);
      left[column]++;
    });
  };
  visit(0, 0, 0);
  return best;
}

/** Dynamic programme over rows with the remaining capacities as state; exact for small column counts. */
function dynamicProgramme(problem: AssignmentProblem): Best {
  const { gains, capacities } = problem;
  const memo = new Map<string, Best>();
  const solve = (row: number, left: number[]): Best => {
    if (row === gains.length) return { total: 0, assigned: 0 };
    const key = `${row}|${left.join(',')}`;
    const known = memo.get(key);
    if (known) return known;
    let best = solve(row + 1, left);
    gains[row].forEach((gain, column) => {
      if (gain === null || left[column] === 0) return;
      const rest = left.map((places, j) => (j === column ? places - 1 : places));
      const after = solve(row + 1, rest);
      const candidate = { total: after.total + gain, assigned: after.assigned + 1 };
      if (better(candidate, best)) best = candidate;
    });
    memo.set(key, best);
    return best;
  };
  return solve(0, [...capacities]);
}

function expectFeasible(problem: AssignmentProblem, solution: AssignmentSolution): void {
  expect(solution.columnOf).toHaveLength(problem.gains.length);
  const used = problem.capacities.map(() => 0);
  let total = 0;
  solution.columnOf.forEach((column, row) => {
    if (column === null) return;
    expect(Number.isInteger(column) && column >= 0 && column < problem.capacities.length).toBe(
      true,
    );
    const gain = problem.gains[row][column];
    expect(gain).not.toBeNull();
    total += gain ?? 0;
    used[column]++;
  });
  used.forEach((count, column) => expect(count).toBeLessThanOrEqual(problem.capacities[column]));
  expect(solution.total).toBe(total);
}

const assignedRows = (solution: AssignmentSolution): number =>
  solution.columnOf.filter((column) => column !== null).length;

function problemArbitrary(
  maxRows: number,
  maxColumns: number,
  maxCapacity: number,
  gain: fc.Arbitrary<number>,
): fc.Arbitrary<AssignmentProblem> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxRows }), fc.integer({ min: 0, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc.record({
        gains: fc.array(
          fc.array(fc.option(gain, { freq: 4, nil: null }), {
            minLength: columns,
            maxLength: columns,
          }),
          { minLength: rows, maxLength: rows },
        ),
        capacities: fc.array(fc.integer({ min: 0, max: maxCapacity }), {
          minLength: columns,
          maxLength: columns,
        }),
      }),
    );
}

/** Few distinct values, so that many solutions tie. */
const tiedGain = fc.constantFrom(0, 0, 1, 2, 3, 840000, 1680000);
const wideGain = fc.integer({ min: 0, max: 11 * 840000 });

describe('solveAssignment: hand cases', () => {
  it('returns nothing for no rows', () => {
    expect(solveAssignment({ gains: [], capacities: [] })).toEqual({ columnOf: [], total: 0 });
    expect(solveAssignment({ gains: [], capacities: [3, 1] })).toEqual({ columnOf: [], total: 0 });
  });

  it('leaves every row unassigned when there are no columns', () => {
    expect(solveAssignment({ gains: [[], []], capacities: [] })).toEqual({
      columnOf: [null, null],
      total: 0,
    });
  });

  it('leaves rows unassigned when every cell is forbidden', () => {
    const solution = solveAssignment({
      gains: [
        [null, null],
        [null, null],
      ],
      capacities: [2, 2],
    });
    expect(solution).toEqual({ columnOf: [null, null], total: 0 });
  });

  it('never uses a column of capacity 0', () => {
    const solution = solveAssignment({
      gains: [
        [9, 1],
        [9, 2],
      ],
      capacities: [0, 1],
    });
    expect(solution).toEqual({ columnOf: [null, 1], total: 2 });
  });

  it('assigns a gain-0 pair rather than leaving the row out', () => {
    expect(solveAssignment({ gains: [[0]], capacities: [1] })).toEqual({
      columnOf: [0],
      total: 0,
    });
  });

  it('fills every place when there are more rows than places, taking the best rows', () => {
    const solution = solveAssignment({ gains: [[4], [7], [1], [7]], capacities: [2] });
    expect(solution).toEqual({ columnOf: [null, 0, null, 0], total: 14 });
  });

  it('gives up a whole row for one more unit of gain, never the reverse', () => {
    // Both rows assigned gives 2 + 0; only the second row, on column 0, gives 3.
    const solution = solveAssignment({
      gains: [
        [2, null],
        [3, 0],
      ],
      capacities: [1, 1],
    });
    expect(solution).toEqual({ columnOf: [null, 0], total: 3 });
  });

  it('moves an earlier row when that raises the total', () => {
    // Row 0 alone prefers column 0; with row 1 the optimum moves row 0 to column 1.
    const solution = solveAssignment({
      gains: [
        [5, 4],
        [5, 0],
      ],
      capacities: [1, 1],
    });
    expect(solution).toEqual({ columnOf: [1, 0], total: 9 });
  });

  it('respects capacities above one', () => {
    const solution = solveAssignment({
      gains: [
        [5, 1],
        [5, 1],
        [5, 1],
      ],
      capacities: [2, 5],
    });
    expect(solution.total).toBe(11);
    expect(solution.columnOf.filter((c) => c === 0)).toHaveLength(2);
    expect(solution.columnOf.filter((c) => c === 1)).toHaveLength(1);
  });

  it('breaks a complete tie the same way every time, preferring the lower column', () => {
    const problem = {
      gains: [
        [2, 2, 2],
        [2, 2, 2],
      ],
      capacities: [1, 1, 1],
    };
    const first = solveAssignment(problem);
    expect(first).toEqual({ columnOf: [0, 1], total: 4 });
    expect(solveAssignment(problem)).toEqual(first);
  });

  it('keeps results exact at the largest protocol gains', () => {
    const big = 11 * 840000;
    const rows = 50;
    const gains = Array.from({ length: rows }, (_, i) => [big - i, big - 2 * i - 1, null]);
    const solution = solveAssignment({ gains, capacities: [rows, 1, 3] });
    expect(solution.columnOf.every((column) => column === 0)).toBe(true);
    expect(solution.total).toBe(rows * big - (rows * (rows - 1)) / 2);
  });
});

describe('solveAssignment: bad input', () => {
  const cases: [string, AssignmentProblem][] = [
    ['a negative gain', { gains: [[-1]], capacities: [1] }],
    ['a fractional gain', { gains: [[0.5]], capacities: [1] }],
    ['a NaN gain', { gains: [[Number.NaN]], capacities: [1] }],
    ['an infinite gain', { gains: [[Infinity]], capacities: [1] }],
    ['a row of the wrong length', { gains: [[1, 2], [1]], capacities: [1, 1] }],
    ['a negative capacity', { gains: [[1]], capacities: [-1] }],
    ['a fractional capacity', { gains: [[1]], capacities: [1.5] }],
    [
      'gains beyond the exact range',
      { gains: [[Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1]], capacities: [1, 1] },
    ],
  ];
  it.each(cases)('rejects %s', (_, problem) => {
    expect(() => solveAssignment(problem)).toThrow(RangeError);
  });

  it('names the row and column of a bad gain', () => {
    expect(() =>
      solveAssignment({
        gains: [
          [1, 2],
          [3, -4],
        ],
        capacities: [1, 1],
      }),
    ).toThrow(/row 1, column 1/);
  });

  it('rejects gains whose scaled total could lose precision, saying how many rows fit', () => {
    // Gains 2^33 and 2^33 − 1 share no divisor: (2R + 2)(2^33 (R + 1) + 1) < 2^53 holds up to R = 723.
    const gains = Array.from({ length: 1000 }, (_, i) => [2 ** 33 - (i % 2)]);
    expect(() => solveAssignment({ gains, capacities: [1] })).toThrow(
      '1000 rows are too many to assign exactly with these gains: at most 723 can be assigned at once.',
    );
    expect(maxExactRows(2 ** 33)).toBe(723);
  });

  it('divides the gains by their common divisor first, so large equal gains stay exact', () => {
    const gains = Array.from({ length: 1000 }, () => [2 ** 33]);
    expect(solveAssignment({ gains, capacities: [1] }).total).toBe(2 ** 33);
    expect(
      gainDivisor([
        [6000, null, 9000],
        [0, 3000, 12000],
      ]),
    ).toBe(3000);
  });
});

describe('solveAssignment: against exhaustive search', () => {
  const check = (problem: AssignmentProblem, reference: (p: AssignmentProblem) => Best): void => {
    const solution = solveAssignment(problem);
    expectFeasible(problem, solution);
    const best = reference(problem);
    expect(solution.total).toBe(best.total);
    expect(assignedRows(solution)).toBe(best.assigned);
    const copy: AssignmentProblem = {
      gains: problem.gains.map((row) => [...row]),
      capacities: [...problem.capacities],
    };
    expect(solveAssignment(copy)).toEqual(solution);
  };

  it('matches brute force on small instances with many ties', () => {
    fc.assert(
      fc.property(problemArbitrary(6, 4, 2, tiedGain), (problem) => check(problem, bruteForce)),
      { numRuns: 600 },
    );
  });

  it('matches brute force on small instances with wide gains', () => {
    fc.assert(
      fc.property(problemArbitrary(6, 4, 2, wideGain), (problem) => check(problem, bruteForce)),
      { numRuns: 300 },
    );
  });

  it('matches a dynamic programme on larger instances where rows outnumber places', () => {
    fc.assert(
      fc.property(problemArbitrary(18, 4, 3, tiedGain), (problem) =>
        check(problem, dynamicProgramme),
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same total whatever the column order', () => {
    fc.assert(
      fc.property(
        problemArbitrary(8, 5, 2, tiedGain).chain((problem) =>
          fc.record({
            problem: fc.constant(problem),
            order: fc.shuffledSubarray(
              problem.capacities.map((_, j) => j),
              { minLength: problem.capacities.length },
            ),
          }),
        ),
        ({ problem, order }) => {
          const permuted: AssignmentProblem = {
            gains: problem.gains.map((row) => order.map((j) => row[j] as Gain)),
            capacities: order.map((j) => problem.capacities[j]),
          };
          const a = solveAssignment(problem);
          const b = solveAssignment(permuted);
          expect(b.total).toBe(a.total);
          expect(assignedRows(b)).toBe(assignedRows(a));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('solveAssignment: at programme scale', () => {
  it('solves 300 mentees against 150 mentors of capacity 2 feasibly and deterministically', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const gains = Array.from({ length: 300 }, () =>
      Array.from({ length: 150 }, () =>
        random() < 0.1 ? null : Math.floor(random() * 23) * 420000,
      ),
    );
    const problem = { gains, capacities: Array.from({ length: 150 }, () => 2) };
    const solution = solveAssignment(problem);
    expectFeasible(problem, solution);
    expect(assignedRows(solution)).toBe(300);
    expect(solveAssignment(problem)).toEqual(solution);
  });
});
