using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>
/// The function list the rules know is the evaluator's: every function src/StepFlow.Jsonata registers is accepted,
/// and nothing else is (the list is compiled into both from src/StepFlow.Jsonata/Parsing/FunctionNames.cs).
/// </summary>
public sealed class JsonataFunctionCatalogTests
{
    private static readonly Regex Registration = new("library\\.Add\\(\"(?<name>[A-Za-z0-9]+)\"", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_function_the_evaluator_registers_is_known()
    {
        var registered = Registered();
        Assert.True(registered.Length >= 60, "expected the evaluator's registrations, found " + registered.Length);
        var unknown = registered.Where(name => Flags("{% $" + name + "() %}")).ToArray();
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("randomSeeded")]
    [InlineData("toUpper")]
    public void Names_the_evaluator_does_not_register_are_unknown(string name)
    {
        Assert.DoesNotContain(name, Registered());
        Assert.True(Flags("{% $" + name + "() %}"));
    }

    private static bool Flags(string expression)
        => AslCheck.Validate(Machines.JsonataTask("\"Output\": \"" + expression + "\",")).Any(f => f.Rule.Id == "SF5013");

    private static string[] Registered()
    {
        var functions = Path.Combine(ConformanceDefinitions.RepositoryRoot, "src", "StepFlow.Jsonata", "Functions");
        return Directory.GetFiles(functions, "*.cs")
            .SelectMany(file => Registration.Matches(File.ReadAllText(file)).Select(match => match.Groups["name"].Value))
            .Distinct()
            .ToArray();
    }
}
