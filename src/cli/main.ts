/**
 * `vigil` entry point: a table of commands, each in its own module under ./commands.
 * A command gets its own argv and returns the process exit code.
 */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import('./commands/ingest.js')).command,
  extract: async () => (await import('./commands/extract.js')).command,
  serve: async () => (await import('./commands/serve.js')).command,
  demo: async () => (await import('./commands/demo.js')).command,
  export: async () => (await import('./commands/export.js')).command,
};

const wantsHelp = (argv: string[]) => argv.includes('--help') || argv.includes('-h');

async function printOverview(): Promise<void> {
  const lines = ['Usage: vigil <command> [options]', '', 'Commands:'];
  for (const load of Object.values(COMMANDS)) {
    const c = await load();
    lines.push(`  ${c.name.padEnd(10)}${c.summary}`);
  }
  lines.push('', 'Run `vigil <command> --help` for the options of one command.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printOverview();
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`vigil: unknown command "${name}". Run \`vigil --help\` for the list.\n`);
    return 2;
  }
  const command = await load();
  if (wantsHelp(rest)) {
    process.stdout.write(`${command.usage.trim()}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    process.stderr.write(`vigil ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
