using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace StepFlow.Generators.Tests.Infrastructure;

/// <summary>
/// Broken and half-typed variants of a workflow source, as a user produces them mid-edit: deleted tokens, cut-off
/// files, arguments of the wrong type, missing members, references to nothing, and cycles. Deterministic.
/// </summary>
internal static class SourceMutations
{
    public static IEnumerable<(string Name, string Source)> Of(string source, int seed)
    {
        var random = new Random(seed);
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToList();

        foreach (var index in Sample(random, tokens.Count, 110))
        {
            var token = tokens[index];
            yield return ("delete token " + index + " '" + token.Text + "'", source.Remove(token.SpanStart, token.Span.Length));
        }

        foreach (var cut in Sample(random, source.Length, 30))
        {
            yield return ("truncate at " + cut, source.Substring(0, cut));
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"nameof\((\w+)\)"), m => "nameof(" + m.Groups[1].Value + "Missing)"))
        {
            yield return ("dangling " + name, mutated);
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"nameof\((\w+)\)"), _ => "42"))
        {
            yield return ("transition as number " + name, mutated);
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"(IntervalSeconds|MaxAttempts|MaxDelaySeconds|TimeoutSeconds) = (\d+)"), m => m.Groups[1].Value + " = \"" + m.Groups[2].Value + "\""))
        {
            yield return ("number as string " + name, mutated);
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"BackoffRate = (\d+)"), _ => "BackoffRate = -1"))
        {
            yield return ("negative backoff " + name, mutated);
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"""""""\s*\{"), m => m.Value.Replace("{", "{ broken")))
        {
            yield return ("invalid JSON " + name, mutated);
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"End = true"), _ => "End = false"))
        {
            yield return ("no end " + name, mutated);
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"StartAt = true, "), _ => string.Empty))
        {
            yield return ("no start " + name, mutated);
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"partial void (\w+)\(\);"), _ => string.Empty))
        {
            yield return ("missing member " + name, mutated);
        }

        foreach (var (name, mutated) in ReplaceEach(source, new Regex(@"\[(Task|Pass|Fail|Choice|Wait)\("), m => "[" + m.Groups[1].Value + "(Next = nameof(Ingest), "))
        {
            yield return ("cycle or double next " + name, mutated);
        }

        yield return ("not partial", source.Replace("public partial class", "public class"));
        yield return ("generic workflow", source.Replace("public partial class DataPipelineWorkflow", "public partial class DataPipelineWorkflow<T>"));
        yield return ("attribute on struct", source.Replace("public partial class", "public partial struct"));
    }

    private static IEnumerable<int> Sample(Random random, int count, int wanted)
        => Enumerable.Range(0, wanted).Select(_ => random.Next(count)).Distinct().OrderBy(i => i);

    private static IEnumerable<(string Name, string Source)> ReplaceEach(string source, Regex pattern, Func<Match, string> replacement)
    {
        foreach (Match match in pattern.Matches(source))
        {
            yield return ("'" + match.Value + "' at " + match.Index, source.Substring(0, match.Index) + replacement(match) + source.Substring(match.Index + match.Length));
        }
    }
}
