using System;
using System.Text.Json.Nodes;
using Xunit;

namespace StepFlow.Jsonata.Tests;

/// <summary>The functions AWS Step Functions adds to JSONata, and the one it removes.</summary>
public sealed class StepFunctionsFunctionTests
{
    [Theory]
    [InlineData("$partition([1,2,3,4,5], 2)", "[[1,2],[3,4],[5]]")]
    [InlineData("$partition([1,2,3], 5)", "[[1,2,3]]")]
    [InlineData("$partition([], 2)", "[]")]
    public void Partition_splits_into_chunks(string expression, string expected) => Assert.Equal(expected, Eval.Json(expression));

    [Fact]
    public void Partition_rejects_a_non_positive_size()
    {
        var e = Assert.Throws<JsonataException>(() => Eval.Run("$partition([1,2], 0)"));
        Assert.Equal("D3150", e.Code);
    }

    [Theory]
    [InlineData("$range(0, 9, 3)", "[0,3,6,9]")]
    [InlineData("$range(0, 10, 3)", "[0,3,6,9]")]
    [InlineData("$range(1, 4)", "[1,2,3,4]")]
    [InlineData("$range(5, 1, -2)", "[5,3,1]")]
    [InlineData("$range(1, 9, 9)", "1")]
    public void Range_includes_the_end_and_follows_the_singleton_rule(string expression, string expected) =>
        Assert.Equal(expected, Eval.Json(expression));

    [Fact]
    public void Range_rejects_a_zero_step() => Assert.Equal("D3151", Assert.Throws<JsonataException>(() => Eval.Run("$range(1, 5, 0)")).Code);

    [Theory]
    [InlineData("$hash('abc')", "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"")]
    [InlineData("$hash('abc', 'SHA-256')", "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"")]
    [InlineData("$hash('abc', 'MD5')", "\"900150983cd24fb0d6963f7d28e17f72\"")]
    [InlineData("$hash('abc', 'SHA-1')", "\"a9993e364706816aba3e25717850c26c9cd0d89d\"")]
    public void Hash_supports_the_States_Hash_algorithms(string expression, string expected) => Assert.Equal(expected, Eval.Json(expression));

    [Fact]
    public void Hash_rejects_an_unknown_algorithm() => Assert.Equal("D3152", Assert.Throws<JsonataException>(() => Eval.Run("$hash('a', 'CRC32')")).Code);

    [Fact]
    public void Random_is_in_range_and_deterministic_when_seeded()
    {
        double unseeded = (double)Eval.Run("$random()").ToJsonNode()!;
        Assert.InRange(unseeded, 0, 0.9999999999);
        string first = Eval.Json("$random(42)");
        Assert.Equal(first, Eval.Json("$random(42)"));
        Assert.NotEqual(first, Eval.Json("$random(43)"));
    }

    [Fact]
    public void Uuid_is_a_fresh_version_4_uuid()
    {
        string a = (string)Eval.Run("$uuid()").ToJsonNode()!;
        string b = (string)Eval.Run("$uuid()").ToJsonNode()!;
        Assert.True(Guid.TryParse(a, out Guid parsed));
        Assert.Equal(4, parsed.Version);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Parse_reads_json_text()
    {
        Assert.Equal("{\"a\":[1,true,null]}", Eval.Json("$parse('{\"a\":[1,true,null]}')"));
        Assert.Equal("3", Eval.Json("$parse('[1,2]') ~> $sum()"));
        Assert.Equal("D3153", Assert.Throws<JsonataException>(() => Eval.Run("$parse('{oops')")).Code);
    }

    [Fact]
    public void Eval_is_not_available()
    {
        var e = Assert.Throws<JsonataException>(() => Eval.Run("$eval('1+1')"));
        Assert.Equal("T1006", e.Code);
    }

    [Fact]
    public void Functions_can_be_registered_by_the_host()
    {
        var twice = new JsonataFunction("twice", "<n:n>", args => JsonataResult.FromJson((double)args[0].ToJsonNode()! * 2));
        var options = new JsonataEvaluationOptions { Functions = new[] { twice } };
        Assert.Equal("42", Eval.Run("$twice(21)", options: options).ToString());
        var e = Assert.Throws<JsonataException>(() => Eval.Run("$twice('x')", options: options));
        Assert.Equal("T0410", e.Code);
        JsonNode? node = Eval.Run("$twice(a)", "{\"a\": 2}", options).ToJsonNode();
        Assert.Equal(4, (double)node!);
    }
}
