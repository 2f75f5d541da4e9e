using Xunit;

namespace StepFlow.Ports.Tests;

/// <summary>The comparison the port tests rely on: what it ignores, what it catches, and where it says it is.</summary>
public sealed class JsonEquivalenceTests
{
    [Theory]
    [InlineData("""{"a": 1, "b": [true, null]}""", """{"b": [true, null], "a": 1}""")]
    [InlineData("""{"BackoffRate": 2}""", """{"BackoffRate": 2.0}""")]
    [InlineData("""{"n": 1e2}""", """{"n": 100}""")]
    [InlineData("""{"s": "${Table}"}""", """{ "s" : "${Table}" }""")]
    public void Equivalent_documents_have_no_difference(string expected, string actual)
        => Assert.Null(JsonEquivalence.FirstDifference(expected, actual));

    [Theory]
    [InlineData("""{"a": [1, 2]}""", """{"a": [2, 1]}""", "$.a[0]: expected 1 but found 2")]
    [InlineData("""{"a": [1, 2]}""", """{"a": [1]}""", "$.a: expected 2 items but found 1")]
    [InlineData("""{"s": "Next"}""", """{"s": "next"}""", "$.s: expected \"Next\" but found \"next\"")]
    [InlineData("""{"s": "${Table}"}""", """{"s": "${TableName}"}""", "$.s: expected \"${Table}\" but found \"${TableName}\"")]
    [InlineData("""{"n": 1.5}""", """{"n": 1.50001}""", "$.n: expected 1.5 but found 1.50001")]
    [InlineData("""{"n": 1}""", """{"n": "1"}""", "$.n: expected 1 but found \"1\"")]
    [InlineData("""{"b": false}""", """{"b": true}""", "$.b: expected false but found true")]
    [InlineData("""{"ResultPath": null}""", """{}""", "$.ResultPath: missing (expected null)")]
    [InlineData("""{}""", """{"OutputPath": null}""", "$.OutputPath: unexpected (found null)")]
    [InlineData("""{"o": {}}""", """{"o": []}""", "$.o: expected an object but found an array")]
    [InlineData("""{"a": 1, "a": 1}""", """{"a": 1}""", "$.a: the key appears twice in the expected document")]
    public void The_first_difference_is_reported_with_its_path(string expected, string actual, string difference)
        => Assert.Equal(difference, JsonEquivalence.FirstDifference(expected, actual));

    [Fact]
    public void State_names_that_are_not_identifiers_are_bracketed()
    {
        var difference = JsonEquivalence.FirstDifference(
            """{"States": {"Wait 30 Sec": {"Seconds": 30}, "it's": 1}}""",
            """{"States": {"Wait 30 Sec": {"Seconds": 31}, "it's": 1}}""");

        Assert.Equal("$.States['Wait 30 Sec'].Seconds: expected 30 but found 31", difference);
    }

    [Fact]
    public void Differences_are_searched_depth_first_in_document_order()
    {
        var difference = JsonEquivalence.FirstDifference(
            """{"first": {"x": 1}, "second": 2}""",
            """{"second": 3, "first": {"x": 0}}""");

        Assert.Equal("$.first.x: expected 1 but found 0", difference);
    }
}
