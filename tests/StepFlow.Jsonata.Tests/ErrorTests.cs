using Xunit;

namespace StepFlow.Jsonata.Tests;

/// <summary>JSONata error codes and the positions they report (the offset just past the offending token).</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("1 + \"a\"", "T2002", 3)]
    [InlineData("\"a\" - 1", "T2001", 5)]
    [InlineData("1 < \"a\"", "T2009", 3)]
    [InlineData("[1] < 2", "T2010", 5)]
    [InlineData("$foo()", "T1006", 5)]
    [InlineData("$uppercase(1)", "T0410", 11)]
    [InlineData("-\"a\"", "D1002", 1)]
    [InlineData("[1..1e8]", "D2014", 4)]
    [InlineData("$string(1/0)", "D3001", 8)]
    public void Evaluation_errors_carry_code_and_position(string expression, string code, int position)
    {
        var e = Assert.Throws<JsonataException>(() => Eval.Run(expression));
        Assert.Equal(code, e.Code);
        Assert.Equal(position, e.Position);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Theory]
    [InlineData("(1", "S0203")]
    [InlineData("1..3", "S0201")]
    [InlineData("\"abc", "S0101")]
    [InlineData("1 +", "S0207")]
    [InlineData("a.1", "S0213")]
    [InlineData("/* never closed", "S0106")]
    [InlineData("function($x, y){1}", "S0208")]
    [InlineData("a ! b", "S0204")]
    [InlineData("%.a", "S0217")]
    [InlineData("5 := 1", "S0212")]
    public void Syntax_errors_are_reported_by_Parse(string expression, string code)
    {
        var e = Assert.Throws<JsonataException>(() => JsonataExpression.Parse(expression));
        Assert.Equal(code, e.Code);
        Assert.InRange(e.Position, 0, expression.Length);
    }

    [Fact]
    public void Incompatible_context_value_is_T0411()
    {
        var e = Assert.Throws<JsonataException>(() => Eval.Run("$uppercase()", "5"));
        Assert.Equal("T0411", e.Code);
        Assert.Equal(11, e.Position);
    }

    [Fact]
    public void Error_message_names_the_operator()
    {
        var e = Assert.Throws<JsonataException>(() => Eval.Run("1 * 'x'"));
        Assert.Contains("*", e.Message);
        Assert.Equal("*", e.Token);
    }

    [Fact]
    public void User_errors_keep_their_message()
    {
        var e = Assert.Throws<JsonataException>(() => Eval.Run("$error('custom failure')"));
        Assert.Equal("D3137", e.Code);
        Assert.Equal("custom failure", e.Message);
    }
}
