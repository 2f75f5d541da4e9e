using System.Linq;
using Xunit;

namespace StepFlow.Paths.Tests;

public sealed class JsonPathParserTests
{
    [Fact]
    public void DotAndBracketMembersParseToTheSameSegments()
    {
        var dotted = JsonPath.Parse("$.store.book");
        var bracketed = JsonPath.Parse("$['store']['book']");

        Assert.Equal(dotted.Segments, bracketed.Segments);
        Assert.Equal(new PathSegment[] { new MemberSegment("store"), new MemberSegment("book") }, dotted.Segments);
        Assert.True(dotted.IsDefinite);
        Assert.True(dotted.IsReferencePath);
    }

    /// <summary>Jayway's dot-bracket forms, found in real AWS samples: the dot before a bracket changes nothing.</summary>
    [Theory]
    [InlineData("$.[0]", "$[0]")]
    [InlineData("$.Snapshots.[0].State", "$.Snapshots[0].State")]
    [InlineData("$.[*].['bucket', 'key']", "$[*]['bucket', 'key']")]
    [InlineData("$.[?(@.OU > 0)]", "$[?(@.OU > 0)]")]
    public void A_dot_before_a_bracket_parses_as_the_bracket_alone(string dotted, string plain)
    {
        // Filter and union segments hold lists and parsed paths, compared by reference: compare their shape and text.
        var expected = JsonPath.Parse(plain).Segments;
        var actual = JsonPath.Parse(dotted).Segments;

        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    private static FilterOperand Right(string path) => ((ComparisonFilter)((FilterSegment)JsonPath.Parse(path).Segments[0]).Filter).Right;

    private static string Describe(PathSegment segment) => segment switch
    {
        UnionSegment union => "union " + string.Join(",", union.Members),
        FilterSegment filter => "filter " + filter.Filter.GetType().Name,
        _ => segment.ToString()!,
    };

    [Fact]
    public void An_unquoted_filter_word_is_kept_apart_from_string_and_number_literals()
    {
        var filter = Assert.IsType<FilterSegment>(Assert.Single(JsonPath.Parse("$[?(@.status==Failure)]").Segments));
        var comparison = Assert.IsType<ComparisonFilter>(filter.Filter);

        Assert.Equal(new UnquotedWordOperand("Failure"), comparison.Right);
        Assert.IsType<LiteralOperand>(Right("$[?(@.n==1e3)]"));

        // Jayway reads every operand starting with a letter as a number and fails, even ones .NET would parse.
        Assert.Equal(new UnquotedWordOperand("NaN"), Right("$[?(@.n==NaN)]"));
        Assert.Equal(new UnquotedWordOperand("code.v2"), Right("$[?(@.n==code.v2)]"));
    }

    [Theory]
    [InlineData("$", JsonPathRoot.Input, null)]
    [InlineData("$$.Execution.Id", JsonPathRoot.Context, null)]
    [InlineData("$myVar.field", JsonPathRoot.Variable, "myVar")]
    [InlineData("$x", JsonPathRoot.Variable, "x")]
    public void RootsAreRecognized(string text, JsonPathRoot root, string? variable)
    {
        var path = JsonPath.Parse(text);

        Assert.Equal(root, path.Root);
        Assert.Equal(variable, path.VariableName);
    }

    [Fact]
    public void EscapedCharactersBelongToTheMemberName()
    {
        var path = JsonPath.Parse(@"$.foo\@bar.baz\[\[.\?pretty");

        Assert.Equal(new PathSegment[] { new MemberSegment("foo@bar"), new MemberSegment("baz[["), new MemberSegment("?pretty") }, path.Segments);
    }

    [Fact]
    public void BackslashesStayLiteralInsideQuotedNames()
    {
        var path = JsonPath.Parse("$['Test\\\"\"Name\"']");

        Assert.Equal(new MemberSegment("Test\\\"\"Name\""), Assert.Single(path.Segments));
    }

    [Theory]
    [InlineData("$.a[*]")]
    [InlineData("$.a[1:3]")]
    [InlineData("$.a[0,1]")]
    [InlineData("$..name")]
    [InlineData("$.a[?(@.x > 1)]")]
    [InlineData("$.a.*")]
    public void IndefinitePathsAreNotReferencePaths(string text)
    {
        var path = JsonPath.Parse(text);

        Assert.False(path.IsDefinite);
        Assert.False(path.IsReferencePath);
    }

    [Fact]
    public void NegativeIndexIsDefiniteButNotAReferencePath()
    {
        var path = JsonPath.Parse("$.a[-1]");

        Assert.True(path.IsDefinite);
        Assert.False(path.IsReferencePath);
        Assert.Equal(new IndexSegment(-1), path.Segments[1]);
    }

    [Fact]
    public void SlicesKeepTheirBounds()
    {
        Assert.Equal(new SliceSegment(null, 1, null), JsonPath.Parse("$[:1]").Segments[0]);
        Assert.Equal(new SliceSegment(1, 5, 2), JsonPath.Parse("$.x[1:5:2]").Segments[1]);
        Assert.Equal(new SliceSegment(-3, null, null), JsonPath.Parse("$.vals[-3:]").Segments[1]);
    }

    [Fact]
    public void FiltersParseComparisonsAndLogic()
    {
        var path = JsonPath.Parse("$.users[?(@.status == 0 && !(@.age < 18) || @.admin)]");
        var filter = Assert.IsType<FilterSegment>(path.Segments[1]).Filter;

        var or = Assert.IsType<OrFilter>(filter);
        var and = Assert.IsType<AndFilter>(or.Left);
        var comparison = Assert.IsType<ComparisonFilter>(and.Left);
        Assert.Equal(FilterOperator.Equal, comparison.Operator);
        Assert.Equal(new LiteralOperand("0"), comparison.Right);
        Assert.IsType<NotFilter>(and.Right);
        Assert.IsType<ExistsFilter>(or.Right);
    }

    [Fact]
    public void FilterStringLiteralsBecomeJsonStrings()
    {
        var filter = (ComparisonFilter)((FilterSegment)JsonPath.Parse("$[?(@.name == 'a\"b')]").Segments[0]).Filter;

        Assert.Equal(new LiteralOperand("\"a\\\"b\""), filter.Right);
    }

    [Theory]
    [InlineData("a.b", 0)]
    [InlineData("$.", 2)]
    [InlineData("$.a[", 4)]
    [InlineData("$.a[1:2:0]", 9)]
    [InlineData("$.a]", 3)]
    [InlineData("$['a'", 5)]
    public void ErrorsCarryTheOffsetOfTheProblem(string text, int offset)
    {
        var error = Assert.Throws<PathParseException>(() => JsonPath.Parse(text));

        Assert.Equal(offset, error.Offset);
        Assert.Equal(text, error.Text);
        Assert.False(string.IsNullOrEmpty(error.Reason));
    }

    [Fact]
    public void TryParseReportsFailureWithoutThrowing()
    {
        Assert.False(JsonPath.TryParse("nope", out var path, out var error));
        Assert.Null(path);
        Assert.NotNull(error);
        Assert.True(JsonPath.TryParse("$.ok", out path, out error));
        Assert.Equal("$.ok", path!.Text);
        Assert.Null(error);
    }

    [Fact]
    public void LengthFunctionIsATrailingSegment()
    {
        Assert.Equal(new FunctionSegment("length"), JsonPath.Parse("$.items.length()").Segments.Last());
    }
}
