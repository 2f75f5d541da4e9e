using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Cli;
using Xunit;

namespace StepFlow.Local.Tests.Cli;

/// <summary>Runs <c>stepflow run</c> in-process through <see cref="CliApp.RunAsync"/>.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stepflow-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> Stepflow(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task SucceededRunPrintsStatusAndOutputAndExitsZero()
    {
        var definition = File("wf.asl.json", """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":86400,"Next":"P"},"P":{"Type":"Pass","Parameters":{"sum.$":"States.MathAdd($.a, $.b)"},"End":true}}}""");
        var input = File("in.json", """{"a":2,"b":3}""");

        var (exit, output, _) = await Stepflow("run", definition, "--input", input);

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("SUCCEEDED", json["status"]!.GetValue<string>());
        Assert.Equal(5, json["output"]!["sum"]!.GetValue<int>());
        Assert.Null(json["history"]);
    }

    [Fact]
    public async Task FailedRunPrintsErrorAndCauseWithHistoryAndExitsOne()
    {
        var definition = File("fail.asl.json", """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Oops","Cause":"it's broken"}}}""");

        var (exit, output, _) = await Stepflow("run", definition, "--history");

        Assert.Equal(1, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("FAILED", json["status"]!.GetValue<string>());
        Assert.Equal("Oops", json["error"]!.GetValue<string>());
        Assert.Equal("it's broken", json["cause"]!.GetValue<string>());
        Assert.Null(json["output"]);
        Assert.Equal(3, json["history"]!.AsArray().Count);
        Assert.Equal("ExecutionFailed", json["history"]![2]!["type"]!.GetValue<string>());
        Assert.Contains("it's broken", output);
    }

    [Fact]
    public async Task MocksFileDrivesTaskStates()
    {
        var definition = File("task.asl.json", """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Retry":[{"ErrorEquals":["States.ALL"]}],"End":true}}}""");
        var mocks = File("mocks.json", """{"StateMachines":{"Wf":{"TestCases":{"Happy":{"T":"R"}}}},"MockedResponses":{"R":{"0":{"Throw":{"Error":"E"}},"1":{"Return":{"ok":true}}}}}""");

        var (exit, output, _) = await Stepflow("run", definition, "--mocks", mocks);

        Assert.Equal(0, exit);
        Assert.True(JsonNode.Parse(output)!["output"]!["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task InputThatIsNotJsonNamesTheFileAndLine()
    {
        var definition = File("ok.asl.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
        var input = File("bad.json", "{\n  \"a\": 1,\n  oops\n}");

        var (exit, _, error) = await Stepflow("run", definition, "--input", input);

        Assert.Equal(2, exit);
        Assert.Contains("bad.json", error);
        Assert.Contains("line 3", error);
    }

    [Fact]
    public async Task InvalidDefinitionNamesTheFileAndLocation()
    {
        var definition = File("broken.asl.json", """{"StartAt":"P","States":{"P":{"Type":"Pass","Next":"Nowhere"}}}""");

        var (exit, _, error) = await Stepflow("run", definition);

        Assert.Equal(2, exit);
        Assert.Contains("broken.asl.json", error);
        Assert.Contains("/States/P/Next", error);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "missing.asl.json")]
    [InlineData("run", "a.json", "--bogus")]
    [InlineData("run", "a.json", "--input")]
    [InlineData("nope")]
    public async Task UnusableArgumentsExitTwoWithAMessage(params string[] args)
    {
        var (exit, _, error) = await Stepflow(args);

        Assert.Equal(2, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public async Task HelpListsTheRunCommand()
    {
        var (exit, output, _) = await Stepflow("help", "run");

        Assert.Equal(0, exit);
        Assert.Contains("--real-time", output);
    }
}
