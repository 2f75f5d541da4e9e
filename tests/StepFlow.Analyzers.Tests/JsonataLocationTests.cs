using System.Threading.Tasks;
using StepFlow.Analyzers.Tests.Support;
using Xunit;

namespace StepFlow.Analyzers.Tests;

/// <summary>JSONata faults are underlined on the characters at fault inside the attribute string, not on the whole argument.</summary>
public sealed class JsonataLocationTests
{
    [Fact]
    public Task Syntax_error_is_reported_on_the_dangling_operator()
        => AnalyzerAssert.ReportsAsync("SF5007", Flow(""" Output = "{% $states.input.x [|+|] %}" """));

    [Fact]
    public Task Syntax_error_inside_JSON_text_is_reported_on_its_token()
        => AnalyzerAssert.ReportsAsync("SF5007", Flow(""""" Output = """{"total": "{% $sum($states.input.prices[|]|] %}"}""" """""));

    [Fact]
    public Task Unknown_function_after_JSON_escapes_is_reported_on_its_name()
        => AnalyzerAssert.ReportsAsync("SF5013", Flow(""""" Output = """{"label": "{% \"id-\" & [|$uppercas|]($states.input.id) %}"}""" """""));

    [Fact]
    public Task Top_level_dollar_is_reported_on_the_dollar()
        => AnalyzerAssert.ReportsAsync("SF5014", Flow(""" Output = "{% [|$|].orderId %}" """));

    [Fact]
    public Task Unassigned_variable_is_reported_on_its_name()
        => AnalyzerAssert.ReportsAsync("SF6007", Flow(""" Output = "{% [|$total|] + 1 %}" """));

    [Fact]
    public Task Valid_expressions_stay_silent()
        => AnalyzerAssert.CleanAsync(Flow(""" Output = "{% $sum($states.input.items[price > 10].(price * qty)) %}" """));

    /// <summary>A JSONata workflow whose one Pass state carries <paramref name="argument"/>.</summary>
    private static string Flow(string argument) => """
        using StepFlow;
        [StateMachine(QueryLanguage = QueryLanguage.Jsonata)]
        public partial class Flow
        {
            [Pass(StartAt = true, End = true,
        """ + argument + """
        )] partial void Shape();
        }
        """;
}
