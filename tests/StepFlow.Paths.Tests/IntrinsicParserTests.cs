using System.Linq;
using Xunit;

namespace StepFlow.Paths.Tests;

public sealed class IntrinsicParserTests
{
    [Fact]
    public void ArgumentsOfEveryKindAreParsed()
    {
        var call = IntrinsicCall.Parse("States.Format('x {}', $.a, 1.5, -2, true, null, $$.Execution.Id, $v, States.UUID())");

        Assert.Equal("States.Format", call.Name);
        Assert.Collection(
            call.Arguments,
            a => Assert.Equal("x {}", Assert.IsType<IntrinsicStringArgument>(a).Value),
            a => Assert.Equal("$.a", Assert.IsType<IntrinsicPathArgument>(a).Path.Text),
            a => Assert.Equal(1.5, Assert.IsType<IntrinsicNumberArgument>(a).Value),
            a => Assert.True(Assert.IsType<IntrinsicNumberArgument>(a).IsInteger),
            a => Assert.True(Assert.IsType<IntrinsicBooleanArgument>(a).Value),
            a => Assert.IsType<IntrinsicNullArgument>(a),
            a => Assert.Equal(JsonPathRoot.Context, Assert.IsType<IntrinsicPathArgument>(a).Path.Root),
            a => Assert.Equal("v", Assert.IsType<IntrinsicPathArgument>(a).Path.VariableName),
            a => Assert.Equal("States.UUID", Assert.IsType<IntrinsicCallArgument>(a).Call.Name));
    }

    [Fact]
    public void EscapesResolveInValueButStayInRawText()
    {
        var literal = (IntrinsicStringArgument)IntrinsicCall.Parse(@"States.Format('\{\} it\'s \\ {}', 1)").Arguments[0];

        Assert.Equal(@"{} it's \ {}", literal.Value);
        Assert.Equal(@"\{\} it\'s \\ {}", literal.RawText);
    }

    [Fact]
    public void UnsupportedEscapeIsRejectedAtItsOffset()
    {
        var error = Assert.Throws<PathParseException>(() => IntrinsicCall.Parse("States.Format('a\\\"b')"));

        Assert.Equal(16, error.Offset);
    }

    [Theory]
    [InlineData("States.Nope(1)", "Unknown intrinsic function")]
    [InlineData("States.UUID(1)", "takes 0 argument")]
    [InlineData("States.MathAdd(1)", "takes 2 argument")]
    [InlineData("States.MathRandom(1, 2, 3, 4)", "takes 2 to 3 argument")]
    [InlineData("States.Array(1,", "Expected an argument")]
    [InlineData("States.Array(1) x", "Unexpected text")]
    public void BadCallsAreRejected(string text, string reason)
    {
        var error = Assert.Throws<PathParseException>(() => IntrinsicCall.Parse(text));

        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void CatalogueListsEveryAwsFunctionWithArity()
    {
        var names = IntrinsicCatalog.All.Select(f => f.Name).OrderBy(n => n).ToList();

        Assert.Equal(18, names.Count);
        Assert.True(IntrinsicCatalog.TryGet("States.ArrayRange", out var range));
        Assert.Equal(3, range.MinArguments);
        Assert.Equal(IntrinsicArgumentKind.Integer, range.KindAt(2));
        Assert.True(IntrinsicCatalog.TryGet("States.Format", out var format));
        Assert.Equal(int.MaxValue, format.MaxArguments);
        Assert.True(format.ReturnsString);
        Assert.False(IntrinsicCatalog.TryGet("states.format", out _));
    }

    [Fact]
    public void PayloadExpressionDistinguishesPathsFromCalls()
    {
        Assert.NotNull(PayloadExpression.Parse("$.a").Path);
        Assert.NotNull(PayloadExpression.Parse("States.Array($.a[0,1])").Call);
        Assert.Throws<PathParseException>(() => PayloadExpression.Parse("just text"));
    }
}
