using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Visualization;

namespace StepFlow.Cli.Commands;

/// <summary><c>stepflow diagram</c>: draws a definition as Mermaid, SVG or a self-contained HTML page.</summary>
public sealed class DiagramCommand : ICommand
{
    public string Name => "diagram";

    public string Summary => "Draw a state machine as Mermaid, SVG or HTML.";

    public string Usage => """
        Usage: stepflow diagram DEFINITION.asl.json [--format mermaid|svg|html] [--out FILE]

          --format mermaid  a Mermaid flowchart for Markdown (default)
          --format svg      a standalone SVG picture
          --format html     a page that shows each state's definition on click (no network needed)
          --out FILE        write to FILE instead of standard output

        Exit code 0 = drawn, 2 = unusable input (the message names the JSON path at fault).
        """;

    public async Task<int> ExecuteAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        string? definitionPath = null;
        string? outPath = null;
        string format = "mermaid";
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    format = ++i < args.Length && args[i] is "mermaid" or "svg" or "html"
                        ? args[i]
                        : throw new UsageException("--format takes 'mermaid', 'svg' or 'html'");
                    break;
                case "--out":
                    outPath = OptionValue(args, ++i, "--out");
                    break;
                default:
                    definitionPath = Positional(args[i], definitionPath);
                    break;
            }
        }

        string definition = InputFiles.ReadText(definitionPath ?? throw new UsageException("name the definition file to draw"), "definition");
        WorkflowDiagram diagram = Drawn(definitionPath, "definition", () => WorkflowDiagram.FromDefinition(definition));
        string picture = format switch
        {
            "svg" => diagram.ToSvg(),
            "html" => diagram.ToHtml(),
            _ => diagram.ToMermaid(),
        };
        await WriteAsync(picture, outPath, console, cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>Runs a visualization step, reporting bad input as a usage error that names the file and JSON path.</summary>
    internal static T Drawn<T>(string path, string role, System.Func<T> draw)
    {
        try
        {
            return draw();
        }
        catch (VisualizationInputException e)
        {
            throw new UsageException(role + " file '" + path + "': " + e.Message);
        }
    }

    internal static string OptionValue(string[] args, int index, string option) =>
        index < args.Length ? args[index] : throw new UsageException(option + " needs a value");

    internal static string Positional(string argument, string? already)
    {
        if (argument.StartsWith("--", System.StringComparison.Ordinal))
        {
            throw new UsageException("unknown option '" + argument + "'");
        }

        return already is null ? argument : throw new UsageException("unexpected argument '" + argument + "'");
    }

    /// <summary>Writes to the file named by --out (saying so), or to standard output.</summary>
    internal static async Task WriteAsync(string text, string? outPath, CliConsole console, CancellationToken cancellationToken)
    {
        if (outPath is null)
        {
            await console.Out.WriteAsync(text);
            return;
        }

        try
        {
            await File.WriteAllTextAsync(outPath, text, cancellationToken);
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            throw new UsageException("cannot write '" + outPath + "': " + e.Message);
        }

        await console.Out.WriteLineAsync("wrote " + outPath);
    }
}
