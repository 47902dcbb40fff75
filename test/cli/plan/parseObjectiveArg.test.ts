import { describe, expect, it } from 'vitest';
import { parseObjectiveArg } from '../../../src/cli/plan/parseObjectiveArg.js';
import { UsageError } from '../../../src/cli/UsageError.js';

describe('parseObjectiveArg', () => {
  it('reads a measure, or weights on measures', () => {
    expect(parseObjectiveArg('count')).toBe('count');
    expect(parseObjectiveArg('cost=1,time=5')).toEqual({ cost: 1, time: 5 });
    expect(parseObjectiveArg('credits=0.5')).toEqual({ credits: 0.5 });
  });

  it.each(['cheap', 'cost=', 'cost=1,cost=2', 'speed=1', 'cost=-1', 'cost=0,time=0'])("refuses '%s'", (value) => {
    expect(() => parseObjectiveArg(value)).toThrow(UsageError);
  });
});
