using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Cli;

/// <summary>Dispatches <c>stepflow COMMAND ARGS</c> to a command. Callable in-process (tests) with any writers.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help" && args.Length == 1)
        {
            PrintCommands(console.Out);
            return args.Length == 0 ? ExitCodes.UnusableInput : ExitCodes.Success;
        }

        var name = args[0] == "help" ? args[1] : args[0];
        var command = CommandRegistry.All.FirstOrDefault(c => c.Name == name);
        if (command is null)
        {
            await console.Error.WriteLineAsync("stepflow: unknown command '" + name + "'.");
            PrintCommands(console.Error);
            return ExitCodes.UnusableInput;
        }

        if (args[0] == "help")
        {
            await console.Out.WriteLineAsync(command.Usage);
            return ExitCodes.Success;
        }

        try
        {
            return await command.ExecuteAsync(args.Skip(1).ToArray(), console, cancellationToken);
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync("stepflow " + command.Name + ": " + e.Message);
            return ExitCodes.UnusableInput;
        }
    }

    private static void PrintCommands(TextWriter writer)
    {
        writer.WriteLine("Usage: stepflow COMMAND [ARGS]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        foreach (var command in CommandRegistry.All)
        {
            writer.WriteLine("  " + command.Name.PadRight(10) + command.Summary);
        }

        writer.WriteLine();
        writer.WriteLine("Run 'stepflow help COMMAND' for a command's options.");
    }
}
