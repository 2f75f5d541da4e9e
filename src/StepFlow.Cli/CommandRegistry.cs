using System.Collections.Generic;
using StepFlow.Cli.Commands;

namespace StepFlow.Cli;

/// <summary>Every command the tool offers. Adding a command = one file under Commands/ and one line here.</summary>
public static class CommandRegistry
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new RunCommand(),
        new ValidateCommand(),
        new DiagramCommand(),
        new ReportCommand(),
        new EvalCommand(),
    ];
}
