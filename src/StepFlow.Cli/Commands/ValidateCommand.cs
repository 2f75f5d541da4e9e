using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation;

namespace StepFlow.Cli.Commands;

/// <summary>
/// <c>stepflow validate</c>: runs the analyzers' rule engine over ASL files and prints each finding in MSBuild
/// format, positioned in the JSON text, or as JSON for tools.
/// </summary>
public sealed class ValidateCommand : ICommand
{
    /// <summary>The CreateStateMachine limit on a definition's length, in characters.</summary>
    public const int MaxDefinitionLength = 1024 * 1024;

    public string Name => "validate";

    public string Summary => "Check ASL definitions with the StepFlow rules (the analyzers' rule engine).";

    public string Usage => """
        Usage: stepflow validate FILE.asl.json... [--format text|json] [--express] [--warnaserror]

          --format json   one JSON document with every file's findings (default: MSBuild-style lines)
          --express       the definitions run as Express workflows (no .sync, callbacks or activities)
          --warnaserror   warnings fail the run too

        Prints file(line,col): error SFxxxx: message. Exit code 0 = no errors, 1 = errors found,
        2 = a file could not be read or is not a JSON object.
        """;

    public async Task<int> ExecuteAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var json = false;
        var express = false;
        var warningsFail = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    var format = ++i < args.Length ? args[i] : null;
                    if (format is not ("text" or "json"))
                    {
                        throw new UsageException("--format takes 'text' or 'json'");
                    }

                    json = format == "json";
                    break;
                case "--express":
                    express = true;
                    break;
                case "--warnaserror":
                    warningsFail = true;
                    break;
                default:
                    if (args[i].StartsWith("--", System.StringComparison.Ordinal))
                    {
                        throw new UsageException("unknown option '" + args[i] + "'");
                    }

                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("name at least one ASL file to validate");
        }

        var results = new List<FileResult>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(Validate(file, new AslValidationOptions(express)));
        }

        await console.Out.WriteAsync(json ? RenderJson(results) : RenderText(results));
        return ExitCode(results, warningsFail);
    }

    /// <summary>One file's outcome: either it could not be used (<see cref="Problem"/>) or its findings.</summary>
    private sealed record FileResult(string File, string? Problem, TextPosition ProblemPosition, IReadOnlyList<(AslFinding Finding, TextPosition Position)> Findings);

    private static FileResult Validate(string file, AslValidationOptions options)
    {
        var none = new List<(AslFinding, TextPosition)>();
        string text;
        try
        {
            if (new FileInfo(file).Length > 4L * MaxDefinitionLength)
            {
                return new FileResult(file, "the file is larger than a definition can be (" + MaxDefinitionLength + " characters)", new TextPosition(1, 1), none);
            }

            text = File.ReadAllText(file);
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            return new FileResult(file, "cannot read the file: " + e.Message, new TextPosition(1, 1), none);
        }

        if (text.Length > MaxDefinitionLength)
        {
            return new FileResult(file, "the definition has " + text.Length + " characters; Step Functions accepts at most " + MaxDefinitionLength, new TextPosition(1, 1), none);
        }

        if (!AslJsonReader.TryParse(text, out var value, out var error))
        {
            return new FileResult(file, "not valid JSON: " + error!.Reason, TextPosition.FromOffset(text, error.Offset), none);
        }

        if (value is not AslObject definition)
        {
            return new FileResult(file, "a definition is a JSON object with StartAt and States", new TextPosition(1, 1), none);
        }

        var findings = new List<(AslFinding, TextPosition)>();
        foreach (var finding in AslValidator.Validate(definition, options))
        {
            var span = finding.SpanIn(text);
            findings.Add((finding, span.IsKnown && span.Length > 0 ? TextPosition.FromOffset(text, span.Start) : new TextPosition(1, 1)));
        }

        return new FileResult(file, null, default, findings);
    }

    private static int ExitCode(List<FileResult> results, bool warningsFail)
    {
        var code = ExitCodes.Success;
        foreach (var result in results)
        {
            if (result.Problem is not null)
            {
                return ExitCodes.UnusableInput;
            }

            foreach (var (finding, _) in result.Findings)
            {
                if (finding.Severity == AslSeverity.Error || (warningsFail && finding.Severity == AslSeverity.Warning))
                {
                    code = ExitCodes.Failure;
                }
            }
        }

        return code;
    }

    private static string RenderText(List<FileResult> results)
    {
        var output = new StringBuilder();
        foreach (var result in results)
        {
            if (result.Problem is not null)
            {
                output.Append(result.File).Append('(').Append(result.ProblemPosition.Line).Append(',').Append(result.ProblemPosition.Column)
                    .Append("): error : ").Append(result.Problem).Append('\n');
                continue;
            }

            foreach (var (finding, position) in result.Findings)
            {
                output.Append(result.File).Append('(').Append(position.Line).Append(',').Append(position.Column).Append("): ")
                    .Append(Severity(finding.Severity)).Append(' ').Append(finding.Rule.Id).Append(": ").Append(finding.Message).Append('\n');
            }
        }

        return output.ToString();
    }

    private static string RenderJson(List<FileResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("file", result.File);
                if (result.Problem is not null)
                {
                    writer.WriteString("problem", result.Problem);
                    writer.WriteNumber("line", result.ProblemPosition.Line);
                    writer.WriteNumber("column", result.ProblemPosition.Column);
                }

                writer.WriteStartArray("findings");
                foreach (var (finding, position) in result.Findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", finding.Rule.Id);
                    writer.WriteString("severity", Severity(finding.Severity));
                    writer.WriteString("message", finding.Message);
                    writer.WriteString("path", finding.JsonPath);
                    writer.WriteNumber("line", position.Line);
                    writer.WriteNumber("column", position.Column);
                    writer.WriteString("helpUri", finding.Rule.HelpLink);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Severity(AslSeverity severity) => severity switch
    {
        AslSeverity.Error => "error",
        AslSeverity.Warning => "warning",
        _ => "info",
    };
}
