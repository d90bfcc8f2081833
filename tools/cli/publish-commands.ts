import { parseArgs, single } from './args';
import { EXIT, UsageError } from './errors';
import type { Io } from './io';
import { packKeygen } from './pack-keygen';
import { packSign, packVerify } from './pack-sign';
import { packServe } from './pack-serve';

export const PUBLISH_COMMANDS = ['keygen', 'sign', 'verify', 'serve'];

/** `pack keygen | sign | verify | serve`: the asynchronous commands for publishing a pack. */
export async function publishCommand(sub: string, args: readonly string[], io: Io): Promise<number> {
  try {
    if (sub === 'keygen') {
      const parsed = parseArgs(args, ['id', 'out']);
      if (parsed.positionals.length) throw new UsageError('expected: pack keygen [--id KEYID] [--out NAME]');
      return await packKeygen(single(parsed, 'id'), single(parsed, 'out') ?? 'pack-signing', io);
    }
    if (sub === 'sign' || sub === 'verify') {
      const parsed = parseArgs(args, sub === 'sign' ? ['key'] : ['pub', 'sig']);
      const keyOption = sub === 'sign' ? 'key' : 'pub';
      const key = single(parsed, keyOption);
      if (parsed.positionals.length !== 1 || !key) throw new UsageError(`expected: pack ${sub} FILE --${keyOption} ${sub === 'sign' ? 'KEY.key.json' : 'KEY.pub'}`);
      return sub === 'sign' ? await packSign(parsed.positionals[0]!, key, io) : await packVerify(parsed.positionals[0]!, key, single(parsed, 'sig'), io);
    }
    const parsed = parseArgs(args, ['port', 'host']);
    if (parsed.positionals.length !== 1) throw new UsageError('expected: pack serve DIR [--port N] [--host H]');
    const port = Number(single(parsed, 'port') ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port needs a number from 0 to 65535');
    await packServe(parsed.positionals[0]!, port, single(parsed, 'host') ?? '127.0.0.1', io);
    return await new Promise<number>(() => undefined);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`parley: ${err.message}\n(usage: npm run -s parley -- help)`);
      return EXIT.usage;
    }
    throw err;
  }
}
