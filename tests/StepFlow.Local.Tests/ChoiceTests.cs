using System.Threading.Tasks;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class ChoiceTests
{
    private static string Machine(string rule) =>
        "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[" + rule + "],\"Default\":\"No\"}," +
        "\"Yes\":{\"Type\":\"Pass\",\"Result\":\"yes\",\"End\":true},\"No\":{\"Type\":\"Pass\",\"Result\":\"no\",\"End\":true}}}";

    [Theory]
    [InlineData("""{"Variable":"$.s","StringEquals":"abc","Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.s","StringLessThan":"abd","Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.s","StringGreaterThanEquals":"abc","Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.s","StringMatches":"a*c","Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.star","StringMatches":"x\\*y","Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.s","StringMatches":"b*","Next":"Yes"}""", "no")]
    [InlineData("""{"Variable":"$.n","NumericEquals":1.0,"Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.n","NumericLessThanEquals":0,"Next":"Yes"}""", "no")]
    [InlineData("""{"Variable":"$.numstr","NumericEquals":42,"Next":"Yes"}""", "no")]
    [InlineData("""{"Variable":"$.b","BooleanEquals":true,"Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.n","BooleanEquals":true,"Next":"Yes"}""", "no")]
    [InlineData("""{"Variable":"$.t","TimestampEquals":"2024-01-01T01:00:00+01:00","Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.t","TimestampGreaterThan":"2023-12-31T23:59:59Z","Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.s","TimestampGreaterThan":"2023-12-31T23:59:59Z","Next":"Yes"}""", "no")]
    [InlineData("""{"Variable":"$.nul","IsNull":true,"Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.nul","IsPresent":true,"Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.missing","IsPresent":false,"Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.n","IsNumeric":true,"Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.numstr","IsNumeric":true,"Next":"Yes"}""", "no")]
    [InlineData("""{"Variable":"$.s","IsString":false,"Next":"Yes"}""", "no")]
    [InlineData("""{"Variable":"$.b","IsBoolean":true,"Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.t","IsTimestamp":true,"Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.n","NumericEqualsPath":"$.one","Next":"Yes"}""", "yes")]
    [InlineData("""{"Variable":"$.s","StringEqualsPath":"$.t","Next":"Yes"}""", "no")]
    [InlineData("""{"And":[{"Variable":"$.n","NumericGreaterThan":0},{"Variable":"$.b","BooleanEquals":true}],"Next":"Yes"}""", "yes")]
    [InlineData("""{"Or":[{"Variable":"$.n","NumericGreaterThan":5},{"Not":{"Variable":"$.b","BooleanEquals":true}}],"Next":"Yes"}""", "no")]
    [InlineData("""{"And":[{"Variable":"$.missing","IsPresent":true},{"Variable":"$.missing","NumericEquals":1}],"Next":"Yes"}""", "no")]
    public async Task OperatorsBehaveLikeAws(string rule, string expected)
    {
        var run = await TestEngine.RunAsync(Machine(rule), """{"s":"abc","star":"x*y","n":1,"one":1,"numstr":"42","b":true,"t":"2024-01-01T00:00:00Z","nul":null}""");

        run.AssertSucceeded("\"" + expected + "\"");
    }

    [Fact]
    public async Task MissingVariableIsARuntimeError()
    {
        var run = await TestEngine.RunAsync(Machine("""{"Variable":"$.missing","StringEquals":"x","Next":"Yes"}"""));

        run.AssertFailed("States.Runtime");
    }

    [Fact]
    public async Task NoMatchWithoutDefaultFailsWithNoChoiceMatched()
    {
        var run = await TestEngine.RunAsync(TestEngine.Single("""{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":2,"Next":"S"}]}"""), """{"n":1}""");

        run.AssertFailed("States.NoChoiceMatched");
    }

    [Fact]
    public async Task MatchedRuleAssignReplacesTheStateAssign()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":1,"Next":"D","Assign":{"v":"rule"}}],"Default":"D","Assign":{"v":"default"}},
              "D":{"Type":"Pass","Parameters":{"v.$":"$v"},"End":true}}}
            """,
            """{"n":1}""");

        run.AssertSucceeded("""{"v":"rule"}""");
    }

    [Fact]
    public async Task InvalidTimestampLiteralIsRejectedAtLoad()
    {
        var engine = TestEngine.Create();

        var error = await Assert.ThrowsAsync<StepFlow.Local.Api.StepFunctionsException>(() =>
            engine.RunAsync(Machine("""{"Variable":"$.t","TimestampEquals":"2024-01-01 00:00:00","Next":"Yes"}""")));

        Assert.Equal("InvalidDefinition", error.ErrorCode);
    }
}
