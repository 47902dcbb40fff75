// The bin entry (built to dist/cli.js): runs the command line on the
// process's arguments and reports anything unexpected without a stack trace.
import { nodeIo } from './nodeIo.js';
import { reportInternalError } from './reportInternalError.js';
import { run } from './run.js';
import { ignoreClosedPipe } from './ignoreClosedPipe.js';

// `credstack audit --json | head -1`: the reader may go away; end quietly.
process.stdout.on('error', ignoreClosedPipe);
process.stderr.on('error', ignoreClosedPipe);

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo);
} catch (error) {
  process.exitCode = reportInternalError(error, nodeIo, process.env['CREDSTACK_DEBUG'] === '1');
}
