using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Mocks;
using StepFlow.Local.Time;

namespace StepFlow.Cli.Commands;

/// <summary><c>stepflow run</c>: executes a definition on the local engine and prints the outcome as JSON.</summary>
public sealed class RunCommand : ICommand
{
    public string Name => "run";

    public string Summary => "Run a state machine locally and print its result.";

    public string Usage => """
        Usage: stepflow run DEFINITION.asl.json [--input FILE] [--mocks FILE [--test-case NAME]] [--history] [--real-time]

          --input FILE      execution input (JSON); default {}
          --mocks FILE      Step Functions Local MockConfigFile for Task states
          --test-case NAME  test case in the mocks file (default: its only test case)
          --history         also print the execution history events
          --real-time       wait for real instead of on a virtual clock

        Prints {"status", "output" (on success), "error", "cause"}. Exit code 0 = SUCCEEDED, 1 = did not
        succeed, 2 = unusable input.
        """;

    public async Task<int> ExecuteAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var options = RunOptions.Parse(args);
        var definition = InputFiles.ReadText(options.DefinitionPath, "definition");
        var input = options.InputPath is null ? "{}" : InputFiles.ReadJson(options.InputPath, "input");
        var engineOptions = new LocalEngineOptions
        {
            TimeProvider = options.RealTime ? TimeProvider.System : new VirtualTimeProvider(),
        };
        var (machineName, testCase) = ConfigureMocks(options, engineOptions);
        var engine = new LocalStepFunctionsEngine(engineOptions);
        CreateStateMachineResponse machine;
        try
        {
            machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = machineName, Definition = definition }, cancellationToken);
        }
        catch (StepFunctionsException e) when (e.ErrorCode == "InvalidDefinition")
        {
            throw new UsageException("definition file '" + options.DefinitionPath + "' is invalid: " + e.Message);
        }

        var arn = testCase is null ? machine.StateMachineArn : machine.StateMachineArn + "#" + testCase;
        var started = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = arn, Input = input }, cancellationToken);
        var result = await engine.WaitForExecutionAsync(started.ExecutionArn, cancellationToken);
        var history = options.History
            ? (await engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(started.ExecutionArn), cancellationToken)).Events
            : null;
        await console.Out.WriteLineAsync(Render(result, history));
        return result.Status == ExecutionStatus.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static (string MachineName, string? TestCase) ConfigureMocks(RunOptions options, LocalEngineOptions engineOptions)
    {
        if (options.MocksPath is null)
        {
            return ("StepFlowCli", null);
        }

        var text = InputFiles.ReadJson(options.MocksPath, "mocks");
        try
        {
            engineOptions.MockConfiguration = MockConfiguration.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("mocks file '" + options.MocksPath + "' is invalid: " + e.Message);
        }

        using var document = JsonDocument.Parse(text);
        var machines = document.RootElement.GetProperty("StateMachines").EnumerateObject().ToList();
        var candidates = machines.SelectMany(m => m.Value.GetProperty("TestCases").EnumerateObject().Select(c => (Machine: m.Name, Case: c.Name))).ToList();
        var chosen = options.TestCase is null
            ? candidates.Count == 1 ? candidates[0] : throw new UsageException("mocks file '" + options.MocksPath + "' has " + candidates.Count + " test cases; choose one with --test-case.")
            : candidates.FirstOrDefault(c => c.Case == options.TestCase);
        if (chosen.Machine is null)
        {
            throw new UsageException("test case '" + options.TestCase + "' is not in mocks file '" + options.MocksPath + "'.");
        }

        return (chosen.Machine, chosen.Case);
    }

    private static string Render(DescribeExecutionResponse result, System.Collections.Generic.IReadOnlyList<HistoryEvent>? history)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("status", result.Status);
            if (result.Output is { } output)
            {
                writer.WritePropertyName("output");
                using var parsed = JsonDocument.Parse(output);
                parsed.RootElement.WriteTo(writer);
            }

            if (result.Error is not null)
            {
                writer.WriteString("error", result.Error);
            }

            if (result.Cause is not null)
            {
                writer.WriteString("cause", result.Cause);
            }

            if (history is not null)
            {
                writer.WriteStartArray("history");
                foreach (var historyEvent in history)
                {
                    HistoryJsonWriter.Write(writer, historyEvent);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
