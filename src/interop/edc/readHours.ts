import { showValue } from '../../_internal/showValue.js';
import type { EdcNode, EdcReader } from './EdcReader.js';

const HOURS = /^PT(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?$/;
const CALENDAR = /^P(?=[\dT])(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?$/;

/**
 * The hours of an ELM `volumeOfLearning`, an ISO 8601 duration of hours and
 * minutes (`PT45H`, `PT7H30M`). A duration in days, weeks or longer has no
 * fixed number of learning hours: it is left to `extensions.edc` with a
 * warning. Text that is no duration is an issue.
 *
 * @internal
 */
export function readHours(reader: EdcReader, node: EdcNode): number | undefined {
  const raw = node.value;
  if (raw === undefined || raw === null) return undefined;
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  const match = text === undefined ? null : HOURS.exec(text);
  if (match) return Number(match[1] ?? 0) + Number(match[2] ?? 0) / 60;
  if (text !== undefined && CALENDAR.test(text)) {
    reader.warn('unmapped', node, `the volume of learning ${text} is not in hours, so it is kept in extensions.edc rather than as workload.hours`);
    return undefined;
  }
  return reader.fail('invalid_duration', node, `expected an ISO 8601 duration of hours such as PT45H, got ${showValue(raw)}`);
}
