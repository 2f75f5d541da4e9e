using System.Globalization;
using System.Threading;
using StepFlow.Asl.Json;
using Xunit;

namespace StepFlow.Generators.Tests.Asl;

public sealed class AslJsonTests
{
    [Fact]
    public void Numbers_are_written_in_the_invariant_culture_whatever_the_current_one()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("fi-FI");
            Assert.Equal("1.5", AslNumber.From(1.5).Literal);
            Assert.Equal("2", AslNumber.From(2.0).Literal);
            Assert.Equal("-0.25", AslNumber.From(-0.25).Literal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Round_trip_keeps_order_literals_and_escapes()
    {
        const string text = "{\n  \"b\": 1.0,\n  \"a\": [\n    \"x\\\"y\\n\\u0001\",\n    null,\n    true\n  ],\n  \"c\": {}\n}";
        Assert.Equal(text, AslJsonWriter.Write(AslJsonReader.Parse(text)));
    }

    [Theory]
    [InlineData("{\"a\": }", 6, "expected a JSON value")]
    [InlineData("{\"a\" 1}", 5, "Expected ':'")]
    [InlineData("[1, 2", 5, "Expected ',' or ']'")]
    [InlineData("\"open", 0, "Unterminated string")]
    [InlineData("{} x", 3, "Unexpected text after")]
    [InlineData("01", 1, "Unexpected text after")]
    public void Errors_say_what_and_where(string text, int offset, string reason)
    {
        var error = Assert.Throws<AslJsonException>(() => AslJsonReader.Parse(text));
        Assert.Equal(offset, error.Offset);
        Assert.Contains(reason, error.Message, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);
        var error = Assert.Throws<AslJsonException>(() => AslJsonReader.Parse(text));
        Assert.Contains("nested more than", error.Message);
    }

    [Fact]
    public void Spans_map_to_lines_and_columns()
    {
        const string text = "{\n  \"States\": {\n    \"A\": 1\n  }\n}";
        var root = (AslObject)AslJsonReader.Parse(text);
        var a = ((AslObject)root["States"]!).Find("A")!;
        Assert.Equal(new TextPosition(3, 5), TextPosition.FromOffset(text, a.NameSpan.Start));
        Assert.Equal(new TextPosition(3, 10), TextPosition.FromOffset(text, a.Value.Span.Start));
    }

    [Fact]
    public void Equality_is_by_content_not_by_position()
    {
        Assert.Equal(AslJsonReader.Parse("{\"a\":[1,\"x\"]}"), AslJsonReader.Parse("{ \"a\" : [ 1 , \"x\" ] }"));
        Assert.NotEqual(AslJsonReader.Parse("{\"a\":1}"), AslJsonReader.Parse("{\"a\":1.0}"));
    }
}
