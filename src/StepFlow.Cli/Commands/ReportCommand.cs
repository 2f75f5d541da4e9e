using System.Threading;
using System.Threading.Tasks;
using StepFlow.Visualization;
using StepFlow.Visualization.Definition;

namespace StepFlow.Cli.Commands;

/// <summary>
/// <c>stepflow report</c>: turns a definition and one execution's history (saved GetExecutionHistory JSON from AWS,
/// or from <c>stepflow run --history</c>) into a self-contained HTML report.
/// </summary>
public sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public string Summary => "Draw an execution over its state machine as a self-contained HTML report.";

    public string Usage => """
        Usage: stepflow report DEFINITION.asl.json --history HISTORY.json [--out FILE]

          --history FILE  GetExecutionHistory output ({"events": [...]}) or a JSON array of events
          --out FILE      write the HTML to FILE instead of standard output

        States are coloured by outcome (not reached, succeeded, retried, caught, failed) and the path taken is
        drawn over the edges; click a state for its input, output, retries and timings. The page needs no
        network. Exit code 0 = report written (whatever the execution's status), 2 = unusable input.
        """;

    public async Task<int> ExecuteAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        string? definitionPath = null;
        string? historyPath = null;
        string? outPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--history":
                    historyPath = DiagramCommand.OptionValue(args, ++i, "--history");
                    break;
                case "--out":
                    outPath = DiagramCommand.OptionValue(args, ++i, "--out");
                    break;
                default:
                    definitionPath = DiagramCommand.Positional(args[i], definitionPath);
                    break;
            }
        }

        string definition = InputFiles.ReadText(definitionPath ?? throw new UsageException("name the definition file"), "definition");
        string history = InputFiles.ReadJson(historyPath ?? throw new UsageException("--history FILE is required"), "history");
        // Read apart so each file's errors are blamed on that file.
        WorkflowDefinition parsed = DiagramCommand.Drawn(definitionPath, "definition", () => WorkflowDefinition.Parse(definition));
        ExecutionReport report = DiagramCommand.Drawn(historyPath, "history", () => ExecutionReport.Create(parsed, history));
        await DiagramCommand.WriteAsync(report.ToHtml(), outPath, console, cancellationToken);
        return ExitCodes.Success;
    }
}
