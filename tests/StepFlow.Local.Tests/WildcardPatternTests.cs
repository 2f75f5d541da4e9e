using StepFlow.Local.States;
using Xunit;

namespace StepFlow.Local.Tests;

/// <summary>The StringMatches matcher: <c>*</c> runs, escapes, whole-string matching.</summary>
public sealed class WildcardPatternTests
{
    [Theory]
    [InlineData("a*c", "abc", true)]
    [InlineData("a*c", "ac", true)]
    [InlineData("a*c", "ab", false)]
    [InlineData("a*c", "xabc", false)]
    [InlineData("*", "", true)]
    [InlineData("", "", true)]
    [InlineData("", "x", false)]
    [InlineData("*b*b*", "abab", true)]
    [InlineData("a*a*a", "aaa", true)]
    [InlineData("a*a*a", "aa", false)]
    [InlineData("x\\*y", "x*y", true)]
    [InlineData("x\\*y", "xzy", false)]
    [InlineData("a\\\\b", "a\\b", true)]
    [InlineData("end\\", "end\\", true)]
    [InlineData("a.c", "abc", false)]
    [InlineData("abc", "abc\n", true)]
    [InlineData("abc", "abc\n\n", false)]
    [InlineData("a*", "a\nb", true)]
    public void MatchesLikeTheAnchoredWildcard(string pattern, string text, bool expected) =>
        Assert.Equal(expected, WildcardPattern.Parse(pattern).IsMatch(text));
}
