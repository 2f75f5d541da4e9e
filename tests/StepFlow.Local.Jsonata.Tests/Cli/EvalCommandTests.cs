using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Cli;
using Xunit;

namespace StepFlow.Local.Jsonata.Tests.Cli;

/// <summary><c>stepflow eval</c>, run in-process through the CLI's entry point.</summary>
public sealed class EvalCommandTests : System.IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stepflow-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PrintsTheResultAsJson()
    {
        var input = File("input.json", """{"items": [{"price": 2}, {"price": 3.5}]}""");
        var (code, output, _) = await Eval("{ 'total': $sum(items.price) }", "--input", input);

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"total": 5.5}"""), JsonNode.Parse(output)), output);
    }

    [Fact]
    public async Task BindingsBecomeVariables()
    {
        var bindings = File("bindings.json", """{"states": {"input": {"name": "Ada"}}, "$greeting": "Hello"}""");
        var (code, output, _) = await Eval("$greeting & ', ' & $states.input.name", "--bindings", bindings);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("\"Hello, Ada\"", output.Trim());
    }

    [Fact]
    public async Task NothingPrintsUndefined()
    {
        var (code, output, _) = await Eval("missing.field");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("undefined", output.Trim());
    }

    [Fact]
    public async Task AnErrorPrintsCodeMessageAndPositionAndExitsOne()
    {
        var (code, output, _) = await Eval("1 + 'a'");

        Assert.Equal(ExitCodes.Failure, code);
        var error = JsonNode.Parse(output)!;
        Assert.Equal("T2002", error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        Assert.Equal(3, error["position"]!.GetValue<int>());
    }

    [Fact]
    public async Task ASyntaxErrorIsReportedTheSameWay()
    {
        var (code, output, _) = await Eval("(1 + 2");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.StartsWith("S0", JsonNode.Parse(output)!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnreadableInputFileExitsTwoNamingTheFile()
    {
        var missing = Path.Combine(_folder, "nope.json");
        var (code, output, error) = await Eval("$", "--input", missing);

        Assert.Equal(ExitCodes.UnusableInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("nope.json", error);
    }

    [Fact]
    public async Task InvalidJsonInBindingsExitsTwoWithTheLine()
    {
        var bindings = File("bad.json", "{\n  \"a\": ,\n}");
        var (code, _, error) = await Eval("$a", "--bindings", bindings);

        Assert.Equal(ExitCodes.UnusableInput, code);
        Assert.Contains("line 2", error);
    }

    private string File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> Eval(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["eval", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
