using System.Collections.Generic;
using System.Linq;
using StepFlow.Asl.Validation.Rules;
using StepFlow.Asl.Validation.Syntax;
using StepFlow.Paths;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>
/// The rule engine checks JSONPath with its own lenient structural check (field-specific messages, no allocation of
/// a path model) while the local engine parses paths with StepFlow.Paths. Two grammars can drift apart: a path the
/// analyzers accept that the engine then refuses to load, or the reverse. These tests hold them together on every
/// path the real-world corpus writes and on the Jayway forms AWS accepts.
/// </summary>
public sealed class PathGrammarAgreementTests
{
    [Fact]
    public void The_rule_engine_and_the_local_engine_accept_the_same_corpus_paths()
    {
        var paths = new HashSet<(string Text, PathKind Kind)>();
        foreach (var (member, value) in CorpusStrings.All())
        {
            if (KindOf(member, value) is { } kind)
            {
                paths.Add((value, kind));
            }
        }

        var disagreements = paths.Where(p => AcceptedByRules(p.Text, p.Kind) != AcceptedByEngine(p.Text, p.Kind))
            .Select(p => p.Kind + " " + p.Text)
            .ToList();

        Assert.True(paths.Count > 500, "the corpus should yield hundreds of distinct paths, found " + paths.Count);
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$.a.b")]
    [InlineData("$['a']")]
    [InlineData("$.a[\"b\"]")]
    [InlineData("$.a['b c']")]
    [InlineData("$.a[0]")]
    [InlineData("$.a[ 0 ]")]
    [InlineData("$.[0]")]
    [InlineData("$.a.[0]")]
    [InlineData("$.a-b")]
    [InlineData("$.ünï")]
    [InlineData("$$.Execution.Id")]
    [InlineData("$var")]
    [InlineData("$var.a")]
    [InlineData("$..a")]
    [InlineData("$.*")]
    [InlineData("$.a[*]")]
    [InlineData("$.a[0:2]")]
    [InlineData("$.a[:2]")]
    [InlineData("$.a[0,1]")]
    [InlineData("$['a','b']")]
    [InlineData("$.a[?(@.b)]")]
    [InlineData("$.a[?(@.b == 1)]")]
    [InlineData("$.a[?(@.b == x)]")]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("$.")]
    [InlineData("$.a.")]
    [InlineData("$.a..")]
    [InlineData("$..")]
    [InlineData("$[")]
    [InlineData("$.a[0")]
    [InlineData("$['a")]
    [InlineData("$.a[]")]
    [InlineData("$.a[0]]")]
    [InlineData("$[0]x")]
    [InlineData("$ .a")]
    [InlineData("$.a[?(@.b == 'x]")]
    public void Both_grammars_judge_a_path_alike_for_every_field_kind(string text)
    {
        foreach (var kind in new[] { PathKind.Path, PathKind.ReferencePath, PathKind.ResultPath })
        {
            Assert.True(
                AcceptedByRules(text, kind) == AcceptedByEngine(text, kind),
                kind + " '" + text + "': rules say " + (PathSyntax.Check(text, kind) ?? "valid") + ", engine says " + EngineVerdict(text));
        }
    }

    // Known divergences, where the rules accept what the engine refuses and no recording shows what AWS does:
    // "$.a]" (the engine ends a member name at ']'), and as a Reference Path "$.a[-1]" (the engine takes only
    // non-negative indexes) and "$.a.length()" (a function to the engine, a member name to the rules). The rules
    // stay on the accepting side so that no real definition is flagged.

    private static bool AcceptedByRules(string text, PathKind kind) => PathSyntax.Check(text, kind) is null;

    private static bool AcceptedByEngine(string text, PathKind kind)
    {
        if (!JsonPath.TryParse(text, out var path, out _))
        {
            return false;
        }

        return kind switch
        {
            PathKind.Path => true,
            PathKind.ReferencePath => path!.IsReferencePath,
            _ => path!.IsReferencePath && path.Root == JsonPathRoot.Input,
        };
    }

    private static string EngineVerdict(string text)
        => JsonPath.TryParse(text, out var path, out var error) ? "parsed (reference path: " + path!.IsReferencePath + ", root " + path.Root + ")" : error!.Reason;

    /// <summary>
    /// What a path-valued member takes: the path fields as PathFieldRule reads them, and any Path for Choice Variables,
    /// comparison operands (the other *Path members) and ".$" template values. Null for anything else, including
    /// ${placeholders}.
    /// </summary>
    private static PathKind? KindOf(string member, string value)
    {
        if (!value.StartsWith('$') || value.StartsWith("${", System.StringComparison.Ordinal))
        {
            return null;
        }

        if (PathFieldRule.KindOf(member) is { } kind)
        {
            return kind;
        }

        return member == "Variable" || member.EndsWith(".$", System.StringComparison.Ordinal) || member.EndsWith("Path", System.StringComparison.Ordinal)
            ? PathKind.Path
            : null;
    }
}
