using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace StepFlow.Jsonata.Tests.Conformance;

/// <summary>Runs suite cases through <see cref="JsonataExpression"/> and judges them by the README's rules.</summary>
internal static class SuiteRunner
{
    /// <summary>Budget for unguarded cases, so a regression cannot hang the test run.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static CaseOutcome Run(SuiteCase c)
    {
        string expected = c.ExpectedErrorCode is not null ? "error " + c.ExpectedErrorCode
            : c.ExpectsUndefined ? "undefined"
            : c.ExpectedResult?.ToJsonString() ?? "null";
        var options = new JsonataEvaluationOptions
        {
            Timeout = c.TimeLimitMs is int ms ? TimeSpan.FromMilliseconds(ms) : DefaultTimeout,
            MaxDepth = c.Depth is int depth ? GuardDepth(depth) : JsonataEvaluationOptions.Default.MaxDepth,
        };
        JsonataResult result;
        try
        {
            JsonataExpression expression = JsonataExpression.Parse(c.Expression);
            var bindings = new Dictionary<string, JsonataResult>(StringComparer.Ordinal);
            foreach (var pair in c.Bindings) bindings[pair.Key] = JsonataResult.FromJson(pair.Value?.DeepClone());
            result = expression.Evaluate(c.Input, bindings, options);
        }
        catch (JsonataException e)
        {
            bool ok = c.ExpectedErrorCode == e.Code;
            return new CaseOutcome(c, ok, expected, "error " + e.Code + ": " + e.Message);
        }
        catch (Exception e)
        {
            return new CaseOutcome(c, false, expected, "crash " + e.GetType().Name + ": " + e.Message);
        }

        string actual = result.ToString();
        if (c.ExpectedErrorCode is not null) return new CaseOutcome(c, false, expected, actual);
        if (c.ExpectsUndefined) return new CaseOutcome(c, result.IsUndefined, expected, actual);
        if (result.IsUndefined || result.IsFunction) return new CaseOutcome(c, false, expected, actual);
        JsonNode? node = result.ToJsonNode();
        bool equal = c.Unordered && c.ExpectedResult is JsonArray ea && node is JsonArray aa
            ? JsonComparer.UnorderedEquals(ea, aa)
            : JsonComparer.DeepEquals(c.ExpectedResult, node);
        return new CaseOutcome(c, equal, expected, actual);
    }

    /// <summary>
    /// jsonata-js's harness counts one unit per <c>evaluate</c> call; this evaluator also counts each step, which is
    /// roughly three times finer for function-call recursion, so the guard depth is scaled accordingly.
    /// </summary>
    private static int GuardDepth(int suiteDepth) => suiteDepth * 3;
}
