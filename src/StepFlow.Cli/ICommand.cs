using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Cli;

/// <summary>One <c>stepflow</c> sub-command.</summary>
public interface ICommand
{
    /// <summary>The word after <c>stepflow</c>, e.g. <c>run</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Full usage text, shown for <c>stepflow help NAME</c> and after usage errors.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the command name; returns the process exit code.</summary>
    Task<int> ExecuteAsync(string[] args, CliConsole console, CancellationToken cancellationToken);
}
