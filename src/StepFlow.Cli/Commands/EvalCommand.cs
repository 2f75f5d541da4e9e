using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Jsonata;

namespace StepFlow.Cli.Commands;

/// <summary><c>stepflow eval</c>: evaluates one JSONata expression the way a JSONata state would, for trying
/// expressions out.</summary>
public sealed class EvalCommand : ICommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "eval";

    public string Summary => "Evaluate a JSONata expression against a JSON input.";

    public string Usage => """
        Usage: stepflow eval EXPRESSION [--input FILE] [--bindings FILE]

          EXPRESSION        JSONata text, without the {% %} markers
          --input FILE      JSON document the expression sees as $ (default: undefined)
          --bindings FILE   JSON object of variables: {"name": value} binds $name (e.g. "states")

        Prints the result as JSON, or the word undefined.
        Exit code 0 = evaluated, 1 = JSONata error, printed as {"code": ..., "message": ..., "position": N},
        2 = unusable input (bad arguments, unreadable or invalid files).
        """;

    public async Task<int> ExecuteAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        string? expressionText = null;
        string? inputPath = null;
        string? bindingsPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input":
                    inputPath = DiagramCommand.OptionValue(args, ++i, "--input");
                    break;
                case "--bindings":
                    bindingsPath = DiagramCommand.OptionValue(args, ++i, "--bindings");
                    break;
                default:
                    expressionText = DiagramCommand.Positional(args[i], expressionText);
                    break;
            }
        }

        if (expressionText is null)
        {
            throw new UsageException("give the JSONata expression to evaluate");
        }

        var input = inputPath is null ? JsonataResult.Undefined : JsonataResult.FromJson(ReadJson(inputPath, "input"));
        var bindings = bindingsPath is null ? null : ReadBindings(bindingsPath);
        try
        {
            var result = JsonataExpression.Parse(expressionText).Evaluate(input, bindings, new JsonataEvaluationOptions { CancellationToken = cancellationToken });
            await console.Out.WriteLineAsync(result.IsUndefined || result.IsFunction
                ? "undefined"
                : result.ToJsonNode()?.ToJsonString(Indented) ?? "null");
            return ExitCodes.Success;
        }
        catch (JsonataException e)
        {
            var error = new JsonObject { ["code"] = e.Code, ["message"] = e.Message, ["position"] = e.Position };
            await console.Out.WriteLineAsync(error.ToJsonString(Indented));
            return ExitCodes.Failure;
        }
    }

    private static JsonNode? ReadJson(string path, string role) =>
        JsonNode.Parse(InputFiles.ReadJson(path, role), documentOptions: new JsonDocumentOptions { MaxDepth = 256 });

    /// <summary>Variables by name; a leading <c>$</c> in a name is accepted and dropped.</summary>
    private static Dictionary<string, JsonataResult> ReadBindings(string path)
    {
        if (ReadJson(path, "bindings") is not JsonObject variables)
        {
            throw new UsageException("bindings file '" + path + "' must hold a JSON object of variable names and values");
        }

        var bindings = new Dictionary<string, JsonataResult>(System.StringComparer.Ordinal);
        foreach (var pair in variables)
        {
            bindings[pair.Key.StartsWith('$') ? pair.Key.Substring(1) : pair.Key] = JsonataResult.FromJson(pair.Value);
        }

        return bindings;
    }
}
