using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace StepFlow.Jsonata.Tests;

/// <summary>The public surface: undefined versus null, bindings, immutability of inputs and thread safety.</summary>
public sealed class ApiTests
{
    [Fact]
    public void Undefined_and_null_are_different()
    {
        JsonataResult missing = Eval.Run("a.b", "{\"a\": {}}");
        Assert.True(missing.IsUndefined);
        Assert.Equal("undefined", missing.ToString());
        JsonataResult nul = Eval.Run("a.b", "{\"a\": {\"b\": null}}");
        Assert.False(nul.IsUndefined);
        Assert.True(nul.IsNull);
        Assert.Null(nul.ToJsonNode());
    }

    [Fact]
    public void Input_may_be_undefined()
    {
        JsonataResult result = JsonataExpression.Parse("$exists($)").Evaluate(JsonataResult.Undefined, null);
        Assert.Equal("false", result.ToString());
    }

    [Fact]
    public void Bindings_become_variables()
    {
        var bindings = new Dictionary<string, JsonNode?> { ["states"] = JsonNode.Parse("{\"input\": {\"n\": 41}}") };
        Assert.Equal("42", Eval.Run("$states.input.n + 1", bindings: bindings).ToString());
    }

    [Fact]
    public void Results_are_fresh_nodes_and_the_input_is_not_modified()
    {
        JsonNode input = JsonNode.Parse("{\"order\": {\"items\": [{\"p\": 1}, {\"p\": 2}]}}")!;
        string before = input.ToJsonString();
        JsonataResult result = JsonataExpression.Parse("order ~> |items|{'p': p * 10}|").Evaluate(input);
        Assert.Equal(before, input.ToJsonString());
        JsonNode copy = result.ToJsonNode()!;
        var holder = new JsonObject { ["copy"] = copy };
        Assert.Equal("{\"copy\":{\"items\":[{\"p\":10},{\"p\":20}]}}", holder.ToJsonString());
        Assert.Same(copy, holder["copy"]);
    }

    [Fact]
    public void Results_can_reference_input_subtrees_without_reparenting()
    {
        JsonNode input = JsonNode.Parse("{\"a\": {\"b\": [1, 2]}}")!;
        JsonNode first = JsonataExpression.Parse("a").Evaluate(input).ToJsonNode()!;
        JsonNode second = JsonataExpression.Parse("a").Evaluate(input).ToJsonNode()!;
        var array = new JsonArray(first, second);
        Assert.Equal("[{\"b\":[1,2]},{\"b\":[1,2]}]", array.ToJsonString());
    }

    [Fact]
    public void A_parsed_expression_can_be_evaluated_from_many_threads()
    {
        JsonataExpression expression = JsonataExpression.Parse("$sum(items[category = $cat].price)");
        JsonataResult input = JsonataResult.FromJson(JsonNode.Parse(
            "{\"items\": [" + string.Join(",", Enumerable.Range(0, 200).Select(i => $"{{\"category\": \"c{i % 4}\", \"price\": {i}}}")) + "]}"));
        var results = new string[400];
        Parallel.For(0, results.Length, i =>
        {
            var bindings = new Dictionary<string, JsonataResult> { ["cat"] = JsonataResult.FromJson(JsonValue.Create("c" + (i % 4))) };
            results[i] = expression.Evaluate(input, bindings).ToString();
        });
        for (int i = 0; i < results.Length; i++)
        {
            int category = i % 4;
            int expected = Enumerable.Range(0, 200).Where(n => n % 4 == category).Sum();
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), results[i]);
        }
    }

    [Fact]
    public void Now_and_millis_use_the_supplied_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 11, 29, 10, 15, 0, TimeSpan.Zero));
        var options = new JsonataEvaluationOptions { TimeProvider = clock };
        Assert.Equal("\"2024-11-29T10:15:00.000Z\"", Eval.Run("$now()", options: options).ToString());
        Assert.Equal("1732875300000", Eval.Run("$millis()", options: options).ToString());
        Assert.Equal("\"29 November 2024\"", Eval.Run("$now('[D1] [MNn] [Y]')", options: options).ToString());
    }

    [Fact]
    public void Functions_are_reported_as_such()
    {
        JsonataResult result = Eval.Run("function($x){ $x }");
        Assert.True(result.IsFunction);
        Assert.Null(result.ToJsonNode());
    }

    [Theory]
    [InlineData("$uppercase('straße')", "\"STRASSE\"")]
    [InlineData("$uppercase('ﬁne')", "\"FINE\"")]
    public void Uppercase_applies_one_to_many_mappings_like_JavaScript(string expression, string expected) =>
        Assert.Equal(expected, Eval.Json(expression));

    [Fact]
    public void Expression_text_is_kept() => Assert.Equal("a.b", JsonataExpression.Parse("a.b").Text);

    [Fact]
    public void Null_text_is_rejected() => Assert.Throws<ArgumentNullException>(() => JsonataExpression.Parse(null!));
}
